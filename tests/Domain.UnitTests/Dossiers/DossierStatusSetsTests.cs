using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>The members of each named status set, pinned (the indexes, the inbox, the statistics and the client read them).</summary>
public sealed class DossierStatusSetsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 3, 0, 0, TimeSpan.Zero);

    [Test]
    public void Open_IsReceivedAndNotYetDecided_TheTimeLimitApplies_ND61_2018_Dieu19() =>
        DossierStatusSets.Open.Order().ShouldBe([DossierStatus.Received, DossierStatus.SupplementRequested, DossierStatus.InProcessing, DossierStatus.AwaitingApproval]);

    [Test]
    public void Held_IsWaitingForTheSupplement_TheClockIsPaused_ND61_2018_Dieu16_Khoan2() =>
        DossierStatusSets.Held.Order().ShouldBe([DossierStatus.SupplementRequested]);

    [Test]
    public void Running_IsOpenAndNotHeld() =>
        DossierStatusSets.Running.Order().ShouldBe([DossierStatus.Received, DossierStatus.InProcessing, DossierStatus.AwaitingApproval]);

    [Test]
    public void Processing_IsReceivedOrWithASpecialist() =>
        DossierStatusSets.Processing.Order().ShouldBe([DossierStatus.Received, DossierStatus.InProcessing]);

    [Test]
    public void Decided_IsApprovedOrRefused() =>
        DossierStatusSets.Decided.Order().ShouldBe([DossierStatus.Resolved, DossierStatus.Refused]);

    [Test]
    public void WithAgency_IsOpenOrDecided() =>
        DossierStatusSets.WithAgency.Order().ShouldBe(
            [DossierStatus.Received, DossierStatus.SupplementRequested, DossierStatus.InProcessing, DossierStatus.AwaitingApproval, DossierStatus.Resolved, DossierStatus.Refused]);

    [Test]
    public void Closed_AndFinished_AndTheLifecycleAgree()
    {
        DossierStatusSets.Closed.Order().ShouldBe([DossierStatus.NotReceived, DossierStatus.Stopped, DossierStatus.Withdrawn, DossierStatus.ResultReturned]);
        DossierStatusSets.Finished.Order().ShouldBe([DossierStatus.NotReceived, DossierStatus.Stopped, DossierStatus.ResultReturned]);
        DossierLifecycle.Closed.ShouldBeSameAs(DossierStatusSets.Closed);
    }

    [TestCase(DossierStatus.Draft, StatusGroup.Draft)]
    [TestCase(DossierStatus.Submitted, StatusGroup.AwaitingReception)]
    [TestCase(DossierStatus.Received, StatusGroup.Processing)]
    [TestCase(DossierStatus.NotReceived, StatusGroup.Finished)]
    [TestCase(DossierStatus.SupplementRequested, StatusGroup.Held)]
    [TestCase(DossierStatus.InProcessing, StatusGroup.Processing)]
    [TestCase(DossierStatus.AwaitingApproval, StatusGroup.AwaitingApproval)]
    [TestCase(DossierStatus.Resolved, StatusGroup.Decided)]
    [TestCase(DossierStatus.Refused, StatusGroup.Decided)]
    [TestCase(DossierStatus.Stopped, StatusGroup.Finished)]
    [TestCase(DossierStatus.Withdrawn, StatusGroup.Withdrawn)]
    [TestCase(DossierStatus.ResultReturned, StatusGroup.Finished)]
    public void EveryStatus_IsInOneGroup_AndTheGroupListsIt(DossierStatus status, StatusGroup group)
    {
        DossierStatusSets.GroupOf(status).ShouldBe(group);
        DossierStatusSets.Members(group).ShouldContain(status);
        Enum.GetValues<StatusGroup>().Count(g => DossierStatusSets.Members(g).Contains(status)).ShouldBe(1);
    }

    [Test]
    public void AllStatusesAreCoveredByTheGroupCases() => Enum.GetValues<DossierStatus>().Length.ShouldBe(12, "add a case above for a new status");

    [TestCase(DossierStatus.Received, -1, true)]
    [TestCase(DossierStatus.InProcessing, -1, true)]
    [TestCase(DossierStatus.AwaitingApproval, -1, true)]
    [TestCase(DossierStatus.AwaitingApproval, 0, false)]
    [TestCase(DossierStatus.InProcessing, 1, false)]
    [TestCase(DossierStatus.SupplementRequested, -1, false)]
    [TestCase(DossierStatus.Resolved, -1, false)]
    [TestCase(DossierStatus.Submitted, -1, false)]
    [TestCase(DossierStatus.ResultReturned, -1, false)]
    public void Overdue_IsARunningClockPastTheDueInstant_ND61_2018_Dieu19_ND107_2021(DossierStatus status, int dueHoursFromNow, bool overdue)
    {
        DossierStatusSets.IsOverdue(status, Now.AddHours(dueHoursFromNow), Now).ShouldBe(overdue);
        DossierStatusSets.IsOverdue(status, null, Now).ShouldBeFalse("no due date before reception");
    }
}
