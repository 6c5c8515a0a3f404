using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Domain.Accounts;

namespace HanoiDvc.Application.Common.Validation;

/// <summary>Field rules shared by the account validators; messages follow the request's language.</summary>
public static class AccountRules
{
    /// <summary>
    /// The password policy: length, an upper-case letter, a lower-case letter and a digit, not a common or breached
    /// password, and none of the identifiers that <paramref name="personal"/> gives for the request.
    /// </summary>
    public static IRuleBuilderOptions<T, string> StrongPassword<T>(this IRuleBuilder<T, string> rule, Func<T, IEnumerable<string?>>? personal = null) =>
        rule.NotEmpty()
            .MinimumLength(PasswordPolicy.MinimumLength)
            .MaximumLength(PasswordPolicy.MaximumLength)
            .Must(p => p is null || (p.Any(char.IsUpper) && p.Any(char.IsLower) && p.Any(char.IsDigit)))
            .WithMessage(_ => Localized.Text(
                "Mật khẩu phải có chữ hoa, chữ thường và chữ số.",
                "The password needs an upper-case letter, a lower-case letter and a digit."))
            .Must(p => !PasswordPolicy.IsCommon(p))
            .WithMessage(_ => TooCommonMessage)
            .Must((request, p) => personal is null || !PasswordPolicy.ContainsPersonalData(p, personal(request)))
            .WithMessage(_ => PersonalDataMessage);

    /// <summary>Why a common password is refused (also Identity's answer).</summary>
    public static string TooCommonMessage => Localized.Text(
        "Mật khẩu quá phổ biến hoặc dễ đoán (có trong danh sách mật khẩu hay dùng và bị lộ). Vui lòng chọn mật khẩu khác.",
        "The password is too common or easy to guess (it is on a list of common and breached passwords). Choose another one.");

    /// <summary>Why a password containing the account's own identifiers is refused (also Identity's answer).</summary>
    public static string PersonalDataMessage => Localized.Text(
        "Mật khẩu không được chứa số định danh cá nhân, mã số thuế, số điện thoại, tên đăng nhập hay e-mail của bạn.",
        "The password must not contain your citizen ID, tax code, phone number, user name or e-mail.");

    /// <summary>A 12-digit personal identification number with a known province code.</summary>
    public static IRuleBuilderOptions<T, string> ValidCitizenId<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .Must(v => CitizenId.TryParse(v, out _))
            .WithMessage(_ => Localized.Text(
                "Số định danh cá nhân không hợp lệ (12 chữ số, bắt đầu bằng mã tỉnh nơi đăng ký khai sinh).",
                "The citizen ID number is not valid (12 digits starting with the code of the province of birth registration)."));

    /// <summary>A Vietnamese mobile or landline number.</summary>
    public static IRuleBuilderOptions<T, string> ValidPhone<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .Must(v => VietnamesePhone.TryParse(v, out _))
            .WithMessage(_ => Localized.Text(
                "Số điện thoại không hợp lệ (di động 10 số 03/05/07/08/09…, cố định 11 số 02…).",
                "The phone number is not valid (10-digit mobile 03/05/07/08/09…, or 11-digit landline 02…)."));

    /// <summary>A tax code: 10 digits, or 10 digits, a hyphen and 3 digits.</summary>
    public static IRuleBuilderOptions<T, string> ValidOrganisationCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .Must(v => OrganisationCode.TryParse(v, out _))
            .WithMessage(_ => Localized.Text(
                "Mã số thuế không hợp lệ (10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số với chi nhánh).",
                "The tax code is not valid (10 digits, or 10 digits, a hyphen and 3 digits for a branch)."));

    /// <summary>A person's name.</summary>
    public static IRuleBuilderOptions<T, string> PersonName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(150);

    /// <summary>An e-mail address.</summary>
    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(256).EmailAddress();
}
