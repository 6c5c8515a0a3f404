using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

public sealed class ActorAndStatusTests
{
    [Test]
    public void Actor_WithoutOfficialRole_IsApplicant() => Actor.Applicant(Guid.NewGuid(), "Nguyễn Văn An").IsApplicant.ShouldBeTrue();

    [Test]
    public void Actor_WithAnOfficialRole_IsNotApplicant_AndHasItCaseInsensitively()
    {
        var agency = Guid.NewGuid();
        var leader = Actor.Official(Guid.NewGuid(), "Trần Thị Bình", DossierRoles.Leader, agency);

        leader.IsApplicant.ShouldBeFalse();
        leader.Has("leader").ShouldBeTrue();
        leader.Has(DossierRoles.Leader, agency).ShouldBeTrue();
        leader.Has(DossierRoles.Leader, Guid.NewGuid()).ShouldBeFalse();
        leader.Has(DossierRoles.Specialist).ShouldBeFalse();
    }

    [TestCase(DossierStatus.Draft, null)]
    [TestCase(DossierStatus.Submitted, "Mới đăng ký")]
    [TestCase(DossierStatus.Received, "Được tiếp nhận")]
    [TestCase(DossierStatus.NotReceived, "Không được tiếp nhận")]
    [TestCase(DossierStatus.SupplementRequested, "Yêu cầu bổ sung giấy tờ")]
    [TestCase(DossierStatus.InProcessing, "Đang xử lý")]
    [TestCase(DossierStatus.AwaitingApproval, "Đang xử lý")]
    [TestCase(DossierStatus.Resolved, "Đã xử lý xong")]
    [TestCase(DossierStatus.Refused, "Đã xử lý xong")]
    [TestCase(DossierStatus.Stopped, "Dừng xử lý")]
    [TestCase(DossierStatus.Withdrawn, "Công dân yêu cầu rút hồ sơ")]
    [TestCase(DossierStatus.ResultReturned, "Đã trả kết quả")]
    public void NationalPortalStatus_MapsEveryStatus(DossierStatus status, string? expected) =>
        NationalPortalStatus.Of(status).ShouldBe(expected);

    [Test]
    public void Lifecycle_ClosedStatuses_AllowNothing()
    {
        foreach (var status in DossierLifecycle.Closed)
        {
            DossierLifecycle.ActionsFrom(status).ShouldBeEmpty(status.ToString());
        }
    }

    [Test]
    public void Lifecycle_Draft_AllowsSavingSubmittingAndWithdrawing() =>
        DossierLifecycle.ActionsFrom(DossierStatus.Draft).ShouldBe([DossierAction.SaveDraft, DossierAction.Submit, DossierAction.Withdraw]);
}
