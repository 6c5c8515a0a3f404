using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>Who a step's comment is for: chosen by the official where the law leaves it open, fixed where the text is addressed to the applicant.</summary>
public sealed class DossierCommentAudienceTests
{
    [Test]
    public void AnOfficialsComment_KeepsTheChosenAudience_AndWithoutAChoiceIsInternal()
    {
        var dossier = Received();
        dossier.Assign(Leader, AssignedAt, DossierBuilder.Calendar, Specialist.UserId, "Đề nghị xử lý trong ngày", CommentAudience.Internal);
        dossier.SubmitForApproval(Specialist, SubmittedForApprovalAt, "Hồ sơ hợp lệ", CommentAudience.Applicant);
        dossier.ReturnToSpecialist(Leader, SubmittedForApprovalAt.AddMinutes(30), "Sửa trích yếu");

        dossier.Steps[^3].CommentAudience.ShouldBe(CommentAudience.Internal);
        dossier.Steps[^2].CommentAudience.ShouldBe(CommentAudience.Applicant);
        dossier.Steps[^2].CommentIsForApplicant.ShouldBeTrue();
        dossier.Steps[^1].CommentAudience.ShouldBe(CommentAudience.Internal, "a comment written without a choice never reaches the applicant");
    }

    [Test]
    public void AStepWithoutAComment_HasNoAudience()
    {
        var dossier = Received();
        dossier.Assign(Leader, AssignedAt, DossierBuilder.Calendar, Specialist.UserId, "   ", CommentAudience.Applicant);

        dossier.Steps[^1].Comment.ShouldBeNull();
        dossier.Steps[^1].CommentAudience.ShouldBeNull();
    }

    [Test]
    public void AnUnknownAudience_IsRefused()
    {
        var dossier = Received();

        Should.Throw<HanoiDvc.Domain.Common.DomainException>(() => dossier.Assign(Leader, AssignedAt, DossierBuilder.Calendar, Specialist.UserId, "Ghi chú", (CommentAudience)7))
            .Code.ShouldBe("dossier.invalid_comment_audience");
    }

    // Nghị định 61/2018/NĐ-CP, Điều 16 khoản 2 (forms 02 and 03), Điều 18 khoản 3 (refusal, stop, apology form 04), withdrawal as amended by Nghị định 107/2021/NĐ-CP.
    [TestCase(DossierStatus.NotReceived, DossierAction.RejectAtReception, TestName = "RejectionReasons_AreForTheApplicant_ND61_2018_Dieu16_Khoan2_Form03")]
    [TestCase(DossierStatus.SupplementRequested, DossierAction.RequestSupplement, TestName = "TheSupplementList_IsForTheApplicant_ND61_2018_Dieu16_Khoan2_Form02")]
    [TestCase(DossierStatus.Refused, DossierAction.Refuse, TestName = "RefusalReasons_AreForTheApplicant_ND61_2018_Dieu18_Khoan3")]
    [TestCase(DossierStatus.Stopped, DossierAction.StopProcessing, TestName = "StopReasons_AreForTheApplicant_ND61_2018_Dieu18_Khoan3")]
    public void TextsTheLawAddressesToTheApplicant_AreFixedToApplicant(DossierStatus status, DossierAction action)
    {
        var dossier = InState(status);

        var step = dossier.Steps.Last(s => s.Action == action);
        step.Comment.ShouldNotBeNull();
        step.CommentAudience.ShouldBe(CommentAudience.Applicant);
    }

    [Test]
    public void TheApologyReason_IsForTheApplicant_ND61_2018_Dieu18_Khoan3_Form04()
    {
        var dossier = Received();
        // At the latest one working day before the due date (Nghị định 61/2018/NĐ-CP, Điều 19), signed by the leader.
        dossier.IssueApology(Leader, dossier.ApologyDueBy(DossierBuilder.Calendar)!.Value, DossierBuilder.Calendar, DueAt.AddDays(3), "Chờ ý kiến cơ quan phối hợp", new ApologySigner(Leader, "GIÁM ĐỐC"));

        dossier.Steps[^1].CommentAudience.ShouldBe(CommentAudience.Applicant);
    }

    [Test]
    public void TheWithdrawalReason_IsTheApplicantsOwn_ND61_2018_AsAmendedByND107_2021()
    {
        var dossier = Received();
        dossier.Withdraw(Applicant, Vn.At(2026, 3, 2, 9, 0), "Không còn nhu cầu");

        dossier.Steps[^1].CommentAudience.ShouldBe(CommentAudience.Applicant);
    }
}
