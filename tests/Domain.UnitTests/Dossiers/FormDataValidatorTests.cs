using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

public sealed class FormDataValidatorTests
{
    private static readonly FormField Name = new("fullName", FormFieldType.Text, "Họ và tên", "Full name", Required: true, MaxLength: 12);
    private static readonly FormField Copies = new("copies", FormFieldType.Number, "Số bản sao", "Copies", Required: false, Min: 1, Max: 5);
    private static readonly FormField Birth = new("birthDate", FormFieldType.Date, "Ngày sinh", "Date of birth", Required: false);
    private static readonly FormField Level = new("level", FormFieldType.Select, "Cấp học", "Level", Required: false,
        Options: [new FormFieldOption("thcs", "Trung học cơ sở", "Lower secondary"), new FormFieldOption("thpt", "Trung học phổ thông", "Upper secondary")]);
    private static readonly FormField Citizen = new("citizenId", FormFieldType.CitizenId, "Số CCCD", "Citizen ID", Required: false);
    private static readonly FormField Phone = new("phone", FormFieldType.Phone, "Điện thoại", "Phone", Required: false);
    private static readonly FormField Email = new("email", FormFieldType.Email, "Thư điện tử", "Email", Required: false);
    private static readonly FormField Diploma = new("diplomaNo", FormFieldType.Text, "Số hiệu văn bằng", "Diploma number", Required: false, Pattern: "[A-Z]{2}[0-9]{6}");

    private static readonly FormField[] Form = [Name, Copies, Birth, Level, Citizen, Phone, Email, Diploma];

    private static IReadOnlyList<FormDataError> Validate(params (string Key, string? Value)[] values) =>
        FormDataValidator.Validate(Form, values.ToDictionary(v => v.Key, v => v.Value));

    private static void ShouldHaveOneError(IReadOnlyList<FormDataError> errors, string key, string code)
    {
        errors.Count.ShouldBe(1, string.Join("; ", errors));
        errors[0].Key.ShouldBe(key);
        errors[0].Code.ShouldBe(code);
    }

    [Test]
    public void Validate_CompleteValidValues_HasNoErrors() =>
        Validate(("fullName", "Lê Văn Cường"), ("copies", "2"), ("birthDate", "2008-09-05"), ("level", "thpt"), ("citizenId", "001208012345"),
            ("phone", "0912345678"), ("email", "cuong@example.vn"), ("diplomaNo", "AB123456")).ShouldBeEmpty();

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Validate_RequiredFieldBlank_IsRequiredError(string? value)
    {
        var errors = Validate(("fullName", value));

        ShouldHaveOneError(errors, "fullName", "required");
        errors[0].Message.ShouldBe("Họ và tên: Trường này là bắt buộc.");
        errors[0].MessageEn.ShouldBe("Full name: This field is required.");
    }

    [Test]
    public void Validate_OptionalFieldsAbsent_AreFine() => Validate(("fullName", "An")).ShouldBeEmpty();

    [Test]
    public void Validate_UnknownKey_IsAnError() => ShouldHaveOneError(Validate(("fullName", "An"), ("hacked", "1")), "hacked", "unknown");

    [Test]
    public void Validate_TextLongerThanMaxLength_IsTooLong() => ShouldHaveOneError(Validate(("fullName", "Nguyễn Văn An")), "fullName", "too_long");

    [TestCase("abc", "number")]
    [TestCase("1,5", "number")]
    [TestCase("0", "min")]
    [TestCase("6", "max")]
    [TestCase("5.5", "max")]
    public void Validate_NumberNotANumberOrOutOfRange_IsRefused(string value, string code) =>
        ShouldHaveOneError(Validate(("fullName", "An"), ("copies", value)), "copies", code);

    [TestCase("1")]
    [TestCase("5")]
    [TestCase("2.5")]
    public void Validate_NumberWithinRange_IsFine(string value) => Validate(("fullName", "An"), ("copies", value)).ShouldBeEmpty();

    [TestCase("05/09/2008")]
    [TestCase("2008-9-5")]
    [TestCase("2008-02-30")]
    [TestCase("20080905")]
    public void Validate_DateNotYyyyMmDd_IsRefused(string value) => ShouldHaveOneError(Validate(("fullName", "An"), ("birthDate", value)), "birthDate", "date");

    [Test]
    public void Validate_SelectValueNotAnOption_IsRefused() => ShouldHaveOneError(Validate(("fullName", "An"), ("level", "THPT")), "level", "option");

    [TestCase("00120801234")]
    [TestCase("0012080123456")]
    [TestCase("00120801234a")]
    public void Validate_CitizenIdNotTwelveDigits_IsRefused(string value) => ShouldHaveOneError(Validate(("fullName", "An"), ("citizenId", value)), "citizenId", "citizen_id");

    [TestCase("0912345678")]
    [TestCase("0387654321")]
    [TestCase("0567654321")]
    [TestCase("0767654321")]
    [TestCase("0867654321")]
    [TestCase("+84912345678")]
    public void Validate_VietnameseMobile_IsFine(string value) => Validate(("fullName", "An"), ("phone", value)).ShouldBeEmpty();

    [TestCase("0212345678", TestName = "Validate_LandlinePrefix_IsRefused")]
    [TestCase("091234567", TestName = "Validate_NineDigitMobile_IsRefused")]
    [TestCase("09123456789", TestName = "Validate_ElevenDigitMobile_IsRefused")]
    [TestCase("+840912345678", TestName = "Validate_CountryCodeWithTrunkZero_IsRefused")]
    [TestCase("+8412345678", TestName = "Validate_CountryCodeWithBadPrefix_IsRefused")]
    public void Validate_NotAVietnameseMobile_IsRefused(string value) => ShouldHaveOneError(Validate(("fullName", "An"), ("phone", value)), "phone", "phone");

    [TestCase("an.example.vn")]
    [TestCase("an@example")]
    [TestCase("an @example.vn")]
    public void Validate_NotAnEmail_IsRefused(string value) => ShouldHaveOneError(Validate(("fullName", "An"), ("email", value)), "email", "email");

    [TestCase("ab123456")]
    [TestCase("AB1234567")]
    [TestCase("XAB123456")]
    public void Validate_PatternMustMatchTheWholeValue(string value) => ShouldHaveOneError(Validate(("fullName", "An"), ("diplomaNo", value)), "diplomaNo", "pattern");

    [Test]
    public void Validate_SeveralProblems_AreAllListed_UnknownKeysFirstThenFormOrder()
    {
        var errors = Validate(("zzz", "1"), ("copies", "9"), ("email", "x"));

        errors.Select(e => (e.Key, e.Code)).ShouldBe([("zzz", "unknown"), ("fullName", "required"), ("copies", "max"), ("email", "email")]);
    }

    [Test]
    public void EnsureValid_WithErrors_ThrowsInvalidFormCarryingThem()
    {
        var error = Should.Throw<DomainException>(() => FormDataValidator.EnsureValid(Form, new Dictionary<string, string?> { ["copies"] = "0" }));

        error.Code.ShouldBe("dossier.invalid_form");
        FormDataValidator.ErrorsOf(error).Select(e => e.Key).ShouldBe(["fullName", "copies"]);
    }

    [Test]
    public void ErrorsOf_AnotherException_IsEmpty() => FormDataValidator.ErrorsOf(new DomainException("x", "y")).ShouldBeEmpty();
    // Nghị định 45/2020/NĐ-CP, Điều 9: an online dossier's papers are uploaded files; a file field holds the uploaded file's reference.
    private static readonly FormField Record = new("attachment", FormFieldType.File, "Học bạ", "School record", Required: true);

    [Test]
    public void Validate_FileField_NamingAnAttachedFile_IsValid()
    {
        var attached = Guid.CreateVersion7();

        FormDataValidator.Validate([Record], new Dictionary<string, string?> { ["attachment"] = attached.ToString() }, new HashSet<string> { attached.ToString() }).ShouldBeEmpty();
    }

    [TestCase("Nguyễn Văn Đức")]
    [TestCase("0190a3c2-7f00-7000-8000-000000000001")]
    public void Validate_FileField_TextOrAFileNotAttached_IsRefused_WithTheFileCode(string value)
    {
        var errors = FormDataValidator.Validate([Record], new Dictionary<string, string?> { ["attachment"] = value }, new HashSet<string> { Guid.CreateVersion7().ToString() });

        ShouldHaveOneError(errors, "attachment", "file");
        errors[0].Message.ShouldStartWith("Học bạ: ");
    }

    [Test]
    public void Validate_FileField_Blank_IsRequired() =>
        ShouldHaveOneError(FormDataValidator.Validate([Record], new Dictionary<string, string?>(), new HashSet<string>()), "attachment", "required");

    [Test]
    public void Validate_FileField_WithoutAttachmentsToCheck_AtTheDesk_IsNotChecked() =>
        FormDataValidator.Validate([Record], new Dictionary<string, string?> { ["attachment"] = "Bản giấy" }).ShouldBeEmpty();
}
