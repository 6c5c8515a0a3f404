using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

public sealed class DossierDraftTests
{
    [Test]
    public void StartDraft_CopiesTheProcedureTerms_AndRecordsNoStep()
    {
        var fields = new List<FormField>(Form);
        var limit = TimeLimit.WorkingDays(15);

        var dossier = Dossier.StartDraft(Guid.CreateVersion7(), Guid.CreateVersion7(), limit, fields, [], 0.5m, DepartmentId, CentreId, Applicant, " 001208012345 ", Channel.Online, Drafted);
        fields.Clear();

        dossier.Status.ShouldBe(DossierStatus.Draft);
        (dossier.TimeLimit, dossier.SpecialistShare, dossier.FormFields.Count).ShouldBe((limit, 0.5m, 1));
        (dossier.ReceivingAgencyId, dossier.CurrentAgencyId, dossier.DecidingAgencyId).ShouldBe((CentreId, CentreId, DepartmentId));
        (dossier.ApplicantId, dossier.ApplicantName, dossier.ApplicantCitizenId).ShouldBe((Applicant.UserId, Applicant.Name, "001208012345"));
        dossier.LimitDuration.TotalDays.ShouldBe(15m);
        dossier.Steps.ShouldBeEmpty();
        dossier.DomainEvents.ShouldBeEmpty();
    }

    [TestCase("00120801234", 0.6, TestName = "StartDraft_CitizenIdOfElevenDigits_IsRefused")]
    [TestCase("001208012345", 0, TestName = "StartDraft_ZeroSpecialistShare_IsRefused")]
    [TestCase("001208012345", 1.2, TestName = "StartDraft_SpecialistShareAboveOne_IsRefused")]
    public void StartDraft_WithInvalidTerms_IsRefused(string citizenId, decimal share) =>
        Should.Throw<DomainException>(() => Dossier.StartDraft(Guid.CreateVersion7(), Guid.CreateVersion7(), TimeLimit.WorkingDays(5), Form, [], share,
            DepartmentId, DepartmentId, Applicant, citizenId, Channel.Online, Drafted)).Code.ShouldBe("dossier.invalid_draft");

    [Test]
    public void StartDraft_WithinTheDay_LimitIsOneWorkingDay() =>
        Draft(TimeLimit.WithinDay(new TimeOnly(15, 0))).LimitDuration.TotalDays.ShouldBe(1m);

    [Test]
    public void SaveDraft_MayBeIncomplete_AndRecordsNoStep()
    {
        var dossier = Draft();

        dossier.SaveDraft(Applicant, Vn.At(2026, 3, 2, 7, 10), new Dictionary<string, string?> { ["fullName"] = null });

        dossier.FormData.ShouldContainKey("fullName");
        dossier.DraftSavedAt.ShouldBe(Vn.At(2026, 3, 2, 7, 10));
        dossier.Steps.ShouldBeEmpty();
    }

    [Test]
    public void SaveDraft_WithAKeyOutsideTheForm_IsRefused()
    {
        var error = Should.Throw<DomainException>(() => Draft().SaveDraft(Applicant, Drafted, new Dictionary<string, string?> { ["isAdmin"] = "true" }));

        error.Code.ShouldBe("dossier.invalid_form");
        FormDataValidator.ErrorsOf(error).ShouldHaveSingleItem().Key.ShouldBe("isAdmin");
    }

    [Test]
    public void Submit_WithAnInvalidForm_IsRefusedWithTheErrors_AndStaysADraft()
    {
        var dossier = Draft();

        var error = Should.Throw<DomainException>(() => dossier.Submit(Applicant, SubmittedAt, TrackingNumber, new Dictionary<string, string?> { ["fullName"] = " " }));

        error.Code.ShouldBe("dossier.invalid_form");
        FormDataValidator.ErrorsOf(error).ShouldHaveSingleItem().Code.ShouldBe("required");
        (dossier.Status, dossier.TrackingNumber, dossier.Steps.Count, dossier.DomainEvents.Count).ShouldBe((DossierStatus.Draft, null, 0, 0));
    }

    [Test]
    public void Submit_SavedDraftValues_AreValidated() =>
        Should.Throw<DomainException>(() => Draft().Submit(Applicant, SubmittedAt, TrackingNumber)).Code.ShouldBe("dossier.invalid_form");

    [TestCase("")]
    [TestCase("HN26A0004")]
    [TestCase("hn26a00042")]
    [TestCase("HN26-A0004")]
    public void Submit_WithAMalformedTrackingNumber_IsRefused(string trackingNumber) =>
        Should.Throw<DomainException>(() => Draft().Submit(Applicant, SubmittedAt, trackingNumber, ValidForm)).Code.ShouldBe("dossier.invalid_tracking_number");

    [Test]
    public void Submit_RecordsTheTrackingNumberAndInstant_AndTellsTheReceivingDesk()
    {
        var dossier = Draft(channel: Channel.Post, receivingAgencyId: CentreId);

        dossier.Submit(Applicant, SubmittedAt, TrackingNumber, ValidForm);

        (dossier.TrackingNumber, dossier.SubmittedAt, dossier.FormData["fullName"]).ShouldBe((TrackingNumber, SubmittedAt, "Nguyễn Văn An"));
        dossier.SubmittedAt!.Value.Offset.ShouldBe(TimeSpan.Zero);
        dossier.DomainEvents.ShouldHaveSingleItem().ShouldBe(new DossierSubmitted(dossier.Id, TrackingNumber, Applicant.UserId, CentreId, Channel.Post, SubmittedAt));
    }

    [Test]
    public void Receive_GivesTheCodeAndTheReceipt()
    {
        var dossier = Received();

        dossier.Code.ShouldBe(CodeFor(ReceivedAt));
        dossier.Code!.Value.ShouldBe("000.00.12.H26-260302-0007");
        dossier.Reference.ShouldBe("000.00.12.H26-260302-0007");
        dossier.DomainEvents.OfType<DossierReceived>().Single()
            .ShouldBe(new DossierReceived(dossier.Id, TrackingNumber, "000.00.12.H26-260302-0007", Applicant.UserId, ReceivedAt, DueAt, ReceivedAt));
    }

    [Test]
    public void ProvideSupplement_WithCorrectedFormData_ValidatesAndKeepsIt()
    {
        var dossier = InState(DossierStatus.SupplementRequested);
        Should.Throw<DomainException>(() => dossier.ProvideSupplement(Applicant, Vn.At(2026, 3, 3, 9, 0), DossierBuilder.Calendar, new Dictionary<string, string?>()))
            .Code.ShouldBe("dossier.invalid_form");
        dossier.Status.ShouldBe(DossierStatus.SupplementRequested);

        dossier.ProvideSupplement(Applicant, Vn.At(2026, 3, 3, 9, 0), DossierBuilder.Calendar, new Dictionary<string, string?> { ["fullName"] = "Nguyễn Văn Ân" });

        dossier.FormData["fullName"].ShouldBe("Nguyễn Văn Ân");
    }

    [Test]
    public void RejectAtReception_NeedsReasons_AndClosesTheDossier()
    {
        var dossier = Submitted();
        Should.Throw<DomainException>(() => dossier.RejectAtReception(Receptionist, ReceivedAt, "")).Code.ShouldBe("dossier.reason_required");

        dossier.RejectAtReception(Receptionist, ReceivedAt, "Không thuộc thẩm quyền giải quyết");

        (dossier.Status, dossier.ClosedAt, dossier.Code).ShouldBe((DossierStatus.NotReceived, ReceivedAt, null));
        dossier.DomainEvents.OfType<DossierRejected>().Single().Reasons.ShouldBe("Không thuộc thẩm quyền giải quyết");
    }

    [TestCase(DossierAction.ReturnToSpecialist)]
    [TestCase(DossierAction.Refuse)]
    [TestCase(DossierAction.StopProcessing)]
    public void LeaderDecisions_WithoutAReason_AreRefused(DossierAction action)
    {
        var dossier = AwaitingApproval();
        var at = Vn.At(2026, 3, 4, 9, 0);
        Action act = action switch
        {
            DossierAction.ReturnToSpecialist => () => dossier.ReturnToSpecialist(Leader, at, "  "),
            DossierAction.Refuse => () => dossier.Refuse(Leader, at, DossierBuilder.Calendar, ""),
            _ => () => dossier.StopProcessing(Leader, at, null!),
        };

        Should.Throw<DomainException>(act).Code.ShouldBe("dossier.reason_required");
        dossier.Status.ShouldBe(DossierStatus.AwaitingApproval);
    }
}
