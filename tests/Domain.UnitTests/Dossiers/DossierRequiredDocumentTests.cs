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
}
