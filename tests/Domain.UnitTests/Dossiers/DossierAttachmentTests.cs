using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

public sealed class DossierAttachmentTests
{
    private const long Limit = 1000;
    private static readonly DateTimeOffset Now = Vn.At(2026, 3, 4, 9, 0);
    private static readonly string Hash = new('a', 64);

    private static DossierAttachment AttachTo(Dossier dossier, Actor? actor = null, long size = 100, string? documentName = null) =>
        dossier.AttachFile(actor ?? Applicant, Now, "giay-khai-sinh.pdf", "application/pdf", size, Hash, documentName, Limit);

    [Test]
    public void AttachFile_ToADraft_AddsTheFile_RaisesFileAttached_AndWritesNoStep()
    {
        var dossier = Draft();

        var attachment = AttachTo(dossier, documentName: "  Bản sao giấy khai sinh ");

        dossier.Attachments.ShouldHaveSingleItem().ShouldBeSameAs(attachment);
        attachment.FileName.ShouldBe("giay-khai-sinh.pdf");
        attachment.MediaType.ShouldBe("application/pdf");
        attachment.Size.ShouldBe(100);
        attachment.Sha256.ShouldBe(Hash);
        attachment.DocumentName.ShouldBe("Bản sao giấy khai sinh");
        attachment.UploadedBy.ShouldBe(Applicant.UserId);
        attachment.UploadedAt.ShouldBe(Now);
        dossier.Steps.ShouldBeEmpty();
        dossier.Status.ShouldBe(DossierStatus.Draft);
        var attached = dossier.DomainEvents.OfType<FileAttached>().ShouldHaveSingleItem();
        attached.AttachmentId.ShouldBe(attachment.Id);
        attached.Sha256.ShouldBe(Hash);
    }

    [Test]
    public void AttachFile_WhileASupplementIsRequested_IsAllowed_ForTheApplicantAndTheDesk()
    {
        var dossier = InState(DossierStatus.SupplementRequested);
        var steps = dossier.Steps.Count;

        AttachTo(dossier);
        AttachTo(dossier, Receptionist);

        dossier.Attachments.Count.ShouldBe(2);
        dossier.Steps.Count.ShouldBe(steps);
    }

    [TestCase(DossierStatus.Submitted)]
    [TestCase(DossierStatus.Received)]
    [TestCase(DossierStatus.InProcessing)]
    [TestCase(DossierStatus.AwaitingApproval)]
    [TestCase(DossierStatus.Resolved)]
    [TestCase(DossierStatus.Refused)]
    [TestCase(DossierStatus.NotReceived)]
    [TestCase(DossierStatus.Stopped)]
    [TestCase(DossierStatus.Withdrawn)]
    [TestCase(DossierStatus.ResultReturned)]
    public void AttachFile_InAnyOtherStatus_IsAnInvalidTransition(DossierStatus status) =>
        Should.Throw<DomainException>(() => AttachTo(InState(status))).Code.ShouldBe("dossier.invalid_transition");

    [Test]
    public void AttachFile_ByAnotherApplicant_IsNotAllowed() =>
        Should.Throw<DomainException>(() => AttachTo(Draft(), OtherApplicant)).Code.ShouldBe("dossier.not_allowed");

    [Test]
    public void AttachFile_ByTheDeskToAnOnlineDraft_IsNotAllowed() =>
        Should.Throw<DomainException>(() => AttachTo(Draft(), Receptionist)).Code.ShouldBe("dossier.not_allowed");

    [Test]
    public void AttachFile_ByTheDeskToAnInPersonDraft_IsAllowed()
    {
        var dossier = Draft(channel: Channel.InPerson);

        AttachTo(dossier, Receptionist).UploadedBy.ShouldBe(Receptionist.UserId);
    }

    [Test]
    public void AttachFile_BySpecialist_IsNotAllowed() =>
        Should.Throw<DomainException>(() => AttachTo(InState(DossierStatus.SupplementRequested), Specialist)).Code.ShouldBe("dossier.not_allowed");

    [Test]
    public void AttachFile_OverTheDossierTotal_IsRefused_AndUpToItIsAccepted()
    {
        var dossier = Draft();
        AttachTo(dossier, size: 600);
        AttachTo(dossier, size: 400);

        Should.Throw<DomainException>(() => AttachTo(dossier, size: 1)).Code.ShouldBe("dossier.attachments_too_large");
        dossier.AttachmentBytes.ShouldBe(Limit);
    }

    [TestCase("", "application/pdf", 10, "a")]
    [TestCase("x.pdf", "", 10, "a")]
    [TestCase("x.pdf", "application/pdf", 0, "a")]
    [TestCase("x.pdf", "application/pdf", 10, "A")]
    public void AttachFile_WithBadInformation_IsRefused(string name, string mediaType, long size, string hashChar) =>
        Should.Throw<DomainException>(() => Draft().AttachFile(Applicant, Now, name, mediaType, size, new string(hashChar[0], 64), null, Limit))
            .Code.ShouldBe("dossier.invalid_attachment");

    [Test]
    public void RemoveFile_TakesItOut_AndFreesItsShareOfTheTotal()
    {
        var dossier = Draft();
        var first = AttachTo(dossier, size: 900);

        dossier.RemoveFile(Applicant, Now, first.Id);
        AttachTo(dossier, size: 900);

        dossier.Attachments.ShouldHaveSingleItem().Id.ShouldNotBe(first.Id);
    }

    [Test]
    public void RemoveFile_AfterSubmission_IsAnInvalidTransition()
    {
        var dossier = Draft();
        var attachment = AttachTo(dossier);
        dossier.Submit(Applicant, Now, TrackingNumber, ValidForm);

        Should.Throw<DomainException>(() => dossier.RemoveFile(Applicant, Now, attachment.Id)).Code.ShouldBe("dossier.invalid_transition");
        dossier.Attachments.Count.ShouldBe(1);
    }

    [Test]
    public void RemoveFile_ByAnotherApplicant_IsNotAllowed()
    {
        var dossier = Draft();
        var attachment = AttachTo(dossier);

        Should.Throw<DomainException>(() => dossier.RemoveFile(OtherApplicant, Now, attachment.Id)).Code.ShouldBe("dossier.not_allowed");
    }

    [Test]
    public void RemoveFile_OfAnUnknownAttachment_IsRefused() =>
        Should.Throw<DomainException>(() => Draft().RemoveFile(Applicant, Now, Guid.CreateVersion7())).Code.ShouldBe("dossier.attachment_not_found");
}
