using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

public sealed class DossierRequiredDocumentTests
{
    private const string Application = "Đơn đề nghị cấp bản sao";
    private const string IdCard = "Căn cước công dân";
    private const string Authorisation = "Giấy ủy quyền";
    private static readonly DateTimeOffset Now = Vn.At(2026, 3, 2, 7, 15);
    private static readonly string Hash = new('b', 64);

    private static readonly RequiredDocument[] Documents =
    [
        new(Application, "Application form", DocumentForm.Original, 1, Mandatory: true, Template: "don.docx"),
        new(Authorisation, "Power of attorney", DocumentForm.CertifiedCopy, 1, Mandatory: false, Template: null),
        new(IdCard, "ID card", DocumentForm.OriginalOrCopy, 1, Mandatory: true, Template: null),
    ];

    private static void Attach(Dossier dossier, string? documentName) =>
        dossier.AttachFile(Applicant, Now, "tep.pdf", "application/pdf", 100, Hash, documentName, 10_000);

    [Test]
    public void StartDraft_CopiesTheProcedureDocuments()
    {
        Draft(documents: Documents).RequiredDocuments.ShouldBe(Documents);
    }

    [Test]
    public void Submit_Online_WithoutTheMandatoryDocuments_ListsEachMissingOne_ByItsIndex_AndStaysADraft()
    {
        var dossier = Draft(documents: Documents);
        Attach(dossier, documentName: null);

        var error = Should.Throw<DomainException>(() => dossier.Submit(Applicant, SubmittedAt, TrackingNumber, ValidForm));

        error.Code.ShouldBe("dossier.invalid_form");
        var errors = FormDataValidator.ErrorsOf(error);
        errors.Select(e => e.Key).ShouldBe(["documents[0]", "documents[2]"]);
        errors.ShouldAllBe(e => e.Code == FormDataValidator.MissingDocumentCode);
        errors[0].Message.ShouldBe($"Chưa đính kèm: {Application}.");
        errors[1].MessageEn.ShouldBe("Not attached yet: ID card.");
        dossier.Status.ShouldBe(DossierStatus.Draft);
        dossier.TrackingNumber.ShouldBeNull();
    }

    [Test]
    public void Submit_ReportsFormErrorsAndMissingDocumentsTogether()
    {
        var dossier = Draft(documents: Documents);
        Attach(dossier, Application);

        var error = Should.Throw<DomainException>(() => dossier.Submit(Applicant, SubmittedAt, TrackingNumber, new Dictionary<string, string?>()));

        FormDataValidator.ErrorsOf(error).Select(e => e.Key).ShouldBe(["fullName", "documents[2]"]);
    }

    [Test]
    public void Submit_Online_WithAFileForEachMandatoryDocument_Succeeds_TheOptionalOneMayBeLeftOut()
    {
        var dossier = Draft(documents: Documents);
        Attach(dossier, Application);
        Attach(dossier, IdCard);

        dossier.MissingDocuments().ShouldBeEmpty();
        dossier.Submit(Applicant, SubmittedAt, TrackingNumber, ValidForm);

        dossier.Status.ShouldBe(DossierStatus.Submitted);
    }

    [Test]
    public void Submit_AtTheDesk_IsNotHeldToTheAttachments_ThePaperIsCheckedByHand()
    {
        var dossier = Draft(channel: Channel.InPerson, documents: Documents);

        dossier.MissingDocuments().ShouldBeEmpty();
    }

    [Test]
    public void AttachFile_ForADocumentTheProcedureDoesNotAskFor_IsRefused()
    {
        var dossier = Draft(documents: Documents);

        var error = Should.Throw<DomainException>(() => Attach(dossier, "Giấy khai sinh"));

        error.Code.ShouldBe("dossier.invalid_attachment");
        dossier.Attachments.ShouldBeEmpty();
    }
    // Nghị định 45/2020/NĐ-CP, Điều 9: online, a file field names a file uploaded to the dossier; at the desk the paper is checked by hand.
    private static readonly FormField SchoolRecord = new("attachment", FormFieldType.File, "Học bạ", "School record", Required: true);

    private static Dossier DraftWithFileField(Channel channel) =>
        Dossier.StartDraft(Guid.CreateVersion7(), Guid.CreateVersion7(), TimeLimit.WorkingDays(5), [.. Form, SchoolRecord], [], 0.6m,
            DepartmentId, DepartmentId, Applicant, "001208012345", channel, Drafted);

    [Test]
    public void Submit_Online_AFileFieldNamingAnAttachedFile_Succeeds_ButTextOrARemovedFileIsRefused()
    {
        var dossier = DraftWithFileField(Channel.Online);
        var attachment = dossier.AttachFile(Applicant, Now, "hoc-ba.pdf", "application/pdf", 100, Hash, null, 10_000);
        var typed = new Dictionary<string, string?>(ValidForm) { ["attachment"] = "Học bạ lớp 9" };

        var error = Should.Throw<DomainException>(() => dossier.Submit(Applicant, SubmittedAt, TrackingNumber, typed));
        FormDataValidator.ErrorsOf(error).Select(e => (e.Key, e.Code)).ShouldBe([("attachment", "file")]);

        dossier.RemoveFile(Applicant, Now, attachment.Id);
        var removed = new Dictionary<string, string?>(ValidForm) { ["attachment"] = attachment.Id.ToString() };
        Should.Throw<DomainException>(() => dossier.Submit(Applicant, SubmittedAt, TrackingNumber, removed));

        var again = dossier.AttachFile(Applicant, Now, "hoc-ba.pdf", "application/pdf", 100, Hash, null, 10_000);
        dossier.Submit(Applicant, SubmittedAt, TrackingNumber, new Dictionary<string, string?>(ValidForm) { ["attachment"] = again.Id.ToString() });
        dossier.Status.ShouldBe(DossierStatus.Submitted);
    }

    [Test]
    public void Submit_AtTheDesk_AFileFieldIsNotCheckedAgainstAttachments()
    {
        var dossier = DraftWithFileField(Channel.InPerson);

        dossier.Submit(Applicant, SubmittedAt, TrackingNumber, new Dictionary<string, string?>(ValidForm) { ["attachment"] = "Bản giấy" });

        dossier.Status.ShouldBe(DossierStatus.Submitted);
    }
}
