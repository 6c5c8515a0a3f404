using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.PersonalDocuments;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.PersonalDocuments;

public sealed class PersonalDocumentTests
{
    private const long Limit = 1000;
    private static readonly DateTimeOffset Now = Vn.At(2026, 3, 4, 9, 0);
    private static readonly PersonalDocumentFile File = new("giay-khai-sinh.pdf", "application/pdf", 100, new string('b', 64));
    private static readonly PersonalDocumentDetails BirthCertificate = new("Giấy khai sinh", "UBND phường Dịch Vọng", "123/2010", new DateOnly(2010, 5, 1), null);

    private static PersonalDocument Uploaded(Guid? owner = null, PersonalDocumentDetails? details = null) =>
        PersonalDocument.Upload(owner ?? Applicant.UserId, details ?? BirthCertificate, File, Now);

    [Test]
    public void Upload_KeepsTheDetailsTrimmed_AndItsOwner()
    {
        var document = Uploaded(details: BirthCertificate with { DocumentType = "  Giấy khai sinh ", Number = "  " });

        document.OwnerId.ShouldBe(Applicant.UserId);
        document.DocumentType.ShouldBe("Giấy khai sinh");
        document.Number.ShouldBeNull();
        document.Origin.ShouldBe(PersonalDocumentOrigin.Uploaded);
        document.OriginDossierId.ShouldBeNull();
        document.Sha256.ShouldBe(File.Sha256);
    }

    [TestCase("")]
    [TestCase("   ")]
    public void Upload_WithoutAType_IsRefused(string type) =>
        Should.Throw<DomainException>(() => Uploaded(details: BirthCertificate with { DocumentType = type })).Code.ShouldBe("personal_document.invalid");

    [Test]
    public void Upload_ExpiringBeforeItWasIssued_IsRefused() =>
        Should.Throw<DomainException>(() => Uploaded(details: BirthCertificate with { ValidUntil = new DateOnly(2009, 1, 1) })).Code.ShouldBe("personal_document.invalid");

    [Test]
    public void FromAnAgency_WithoutItsDossierOrAgency_IsRefused()
    {
        Should.Throw<DomainException>(() => PersonalDocument.FromDigitisedCopy(Applicant.UserId, BirthCertificate, File, Guid.Empty, null, DepartmentId, Now)).Code.ShouldBe("personal_document.invalid");
        Should.Throw<DomainException>(() => PersonalDocument.FromDigitisedCopy(Applicant.UserId, BirthCertificate, File, Guid.CreateVersion7(), null, Guid.Empty, Now)).Code.ShouldBe("personal_document.invalid");
        PersonalDocument.FromDigitisedCopy(Applicant.UserId, BirthCertificate, File, Guid.CreateVersion7(), null, DepartmentId, Now).Origin.ShouldBe(PersonalDocumentOrigin.DigitisedAtDesk);
    }

    [TestCase("giay khai sinh")]
    [TestCase("GIẤY KHAI SINH")]
    [TestCase("Giấy  khai sinh ")]
    public void Matches_IgnoresCaseSpacesAndDiacritics(string name) => Uploaded().Matches(name).ShouldBeTrue();

    [TestCase("Giấy khai sinh của con")]
    [TestCase("")]
    [TestCase(null)]
    public void Matches_NotAnotherName(string? name) => Uploaded().Matches(name).ShouldBeFalse();

    [Test]
    public void IsValidOn_TheLastValidDay_ButNotTheDayAfter()
    {
        var document = Uploaded(details: BirthCertificate with { ValidUntil = new DateOnly(2026, 3, 4) });

        document.IsValidOn(new DateOnly(2026, 3, 4)).ShouldBeTrue();
        document.IsValidOn(new DateOnly(2026, 3, 5)).ShouldBeFalse();
        Uploaded().IsValidOn(new DateOnly(2100, 1, 1)).ShouldBeTrue("no last day: never expires");
    }

    [Test]
    public void Edit_ByTheOwner_OfTheirUpload_ChangesTheDetails()
    {
        var document = Uploaded();

        document.Edit(Applicant.UserId, BirthCertificate with { DocumentType = "Bản sao giấy khai sinh" }, Now);

        document.DocumentType.ShouldBe("Bản sao giấy khai sinh");
        document.EditedAt.ShouldBe(Now);
    }

    [Test]
    public void Edit_BySomeoneElse_IsNotFound() =>
        Should.Throw<DomainException>(() => Uploaded().Edit(OtherApplicant.UserId, BirthCertificate, Now)).Kind.ShouldBe(ErrorKind.NotFound);

    [Test]
    public void Edit_OfWhatAnAgencyAccepted_IsRefused()
    {
        var accepted = PersonalDocument.FromAcceptedAttachment(Applicant.UserId, "Giấy khai sinh", File, Guid.CreateVersion7(), "000.00.12.H26-260302-0001", DepartmentId, Now);

        Should.Throw<DomainException>(() => accepted.Edit(Applicant.UserId, BirthCertificate, Now)).Code.ShouldBe("personal_document.not_editable");
        accepted.Origin.ShouldBe(PersonalDocumentOrigin.AcceptedWithDossier);
    }

    [Test]
    public void Remove_ByTheOwner_MarksItRemoved_ThenItIsNotFoundEvenForThem()
    {
        var document = Uploaded();

        Should.Throw<DomainException>(() => document.Remove(OtherApplicant.UserId, Now)).Code.ShouldBe("personal_document.not_allowed");
        document.Remove(Applicant.UserId, Now);

        document.RemovedAt.ShouldBe(Now);
        Should.Throw<DomainException>(() => document.Remove(Applicant.UserId, Now)).Kind.ShouldBe(ErrorKind.NotFound);
    }

    [Test]
    public void AttachFromStore_ByTheOwner_OnTheirDraft_ReferencesTheDocument_WithItsStoredContent()
    {
        var dossier = Draft();
        var document = Uploaded();

        var attachment = dossier.AttachFromStore(Applicant, Now, document, "Giấy khai sinh", Limit);

        attachment.SourceDocumentId.ShouldBe(document.Id);
        attachment.Sha256.ShouldBe(document.Sha256);
        attachment.FileName.ShouldBe(document.FileName);
        attachment.DocumentName.ShouldBe("Giấy khai sinh");
    }

    [Test]
    public void AttachFromStore_SomeoneElsesDocument_IsNotFound_EvenOnTheirOwnDraft()
    {
        var dossier = Draft();

        Should.Throw<DomainException>(() => dossier.AttachFromStore(Applicant, Now, Uploaded(OtherApplicant.UserId), null, Limit)).Code.ShouldBe("personal_document.not_allowed");
        dossier.Attachments.ShouldBeEmpty();
    }

    [Test]
    public void AttachFromStore_TheDeskForTheApplicant_IsNotAllowed()
    {
        var dossier = InState(DossierStatus.SupplementRequested);

        Should.Throw<DomainException>(() => dossier.AttachFromStore(Receptionist, Now, Uploaded(), null, Limit)).Code.ShouldBe("dossier.not_allowed");
    }

    [Test]
    public void AttachFromStore_AnExpiredDocument_IsRefused()
    {
        var expired = Uploaded(details: BirthCertificate with { ValidUntil = new DateOnly(2026, 3, 3) });

        Should.Throw<DomainException>(() => Draft().AttachFromStore(Applicant, Now, expired, null, Limit)).Code.ShouldBe("personal_document.expired");
    }

    [Test]
    public void AttachFromStore_AfterSubmission_IsRefused() =>
        Should.Throw<DomainException>(() => InState(DossierStatus.Submitted).AttachFromStore(Applicant, Now, Uploaded(), null, Limit)).Code.ShouldBe("dossier.invalid_transition");
}
