using HanoiDvc.Domain.Statistics;

namespace HanoiDvc.Domain.UnitTests.Statistics;

/// <summary>The indicator table of the national service index and its scoring function, at their boundaries.</summary>
public sealed class ServiceIndexIndicatorTests
{
    private static readonly ServiceIndexInputs Nothing = new(null, null, null, null, null, null, null, null, null, null, null);

    [Test]
    public void TheGroupsHaveTheDecisionsPoints_AndTheirIndicatorsAddUpToThem()
    {
        ServiceIndexGroupInfo.All.Select(g => g.MaxPoints).ShouldBe([18m, 20m, 22m, 22m, 18m]);
        ServiceIndexGroupInfo.All.Sum(g => g.MaxPoints).ShouldBe(100m);
        foreach (var group in ServiceIndexGroupInfo.All)
        {
            ServiceIndexIndicators.All.Where(i => i.Group == group.Group).Sum(i => i.MaxPoints).ShouldBe(group.MaxPoints, group.Name);
        }

        ServiceIndexIndicators.All.Select(i => i.Code).ShouldBeUnique();
        ServiceIndexIndicators.All.ShouldAllBe(i => i.Source.StartsWith("Quyết định 766/QĐ-TTg", StringComparison.Ordinal) && i.FullAt > 0 && i.FullAt <= 1);
        ServiceIndexIndicators.All.Where(i => i.Input is null).ShouldAllBe(i => i.Reason.Length > 0 && i.ReasonEn.Length > 0);
    }

    [TestCase(0, 10, 1, 0)]
    [TestCase(10, 10, 1, 20)]
    [TestCase(1, 3, 1, 6.67)] // 20 × 0.3333 = 6.666 → 6.67
    [TestCase(2, 3, 1, 13.33)] // 20 × 0.6667 = 13.334 → 13.33
    [TestCase(11, 10, 1, 20)] // more than counted out of: the maximum, never more
    [TestCase(-1, 10, 1, 0)] // a negative count: nothing
    [TestCase(4, 10, 0.5, 16)] // 20 × 0.4 ÷ 0.5
    [TestCase(5, 10, 0.5, 20)] // the target reached: the maximum
    [TestCase(6, 10, 0.5, 20)] // above the target: still the maximum
    [TestCase(89, 100, 0.9, 19.78)] // 20 × 0.89 ÷ 0.9 = 19.777… → 19.78
    public void PointsAreTheMaximumTimesTheRateOverTheTarget_CappedAtTheMaximum(long numerator, long denominator, decimal fullAt, decimal expected) =>
        ServiceIndexIndicator.Points(20m, fullAt, new Ratio(numerator, denominator)).ShouldBe(expected);

    [Test]
    public void NothingToCount_IsNoPoints_NotZero()
    {
        ServiceIndexIndicator.Points(20m, 1m, new Ratio(0, 0)).ShouldBeNull();
        var td1 = ServiceIndexIndicators.All.Single(i => i.Code == "TD1").Score(Nothing with { OnTime = new Ratio(0, 0) });
        td1.Measured.ShouldBeFalse();
        td1.Reason.ShouldNotBeNullOrEmpty();
    }

    [Test]
    public void AnInputThisProductDoesNotHold_IsNotMeasuredHere_WithItsReason()
    {
        var scores = ServiceIndexIndicators.Score(Nothing);
        scores.ShouldAllBe(s => !s.Measured && s.Points == null && s.Reason != null && s.ReasonEn != null);
        var complete = Nothing with { ComplaintsOnTime = new Ratio(3, 4), Digitised = new Ratio(8, 10) };
        var hl1 = ServiceIndexIndicators.All.Single(i => i.Code == "HL1").Score(complete);
        hl1.Points.ShouldBe(4.5m); // 6 × 0.75
        ServiceIndexIndicators.All.Single(i => i.Code == "SH2").Score(complete).Points.ShouldBe(7.33m); // 0.8 reaches the target of 0.8
        ServiceIndexIndicators.All.Single(i => i.Code == "CK1").Score(complete).Measured.ShouldBeFalse();
    }

    [Test]
    public void ServedCountsLateAndUnsatisfiedOutOfOneDenominator()
    {
        // HL3 = (resolved − late − unsatisfied within time) ÷ resolved: 7 resolved, 2 late, 0 unsatisfied within time → 5/7 = 0.7143,
        // 6 × 0.7143 ÷ 0.9 = 4.762 → 4.76.
        var hl3 = ServiceIndexIndicators.All.Single(i => i.Code == "HL3").Score(Nothing with { Served = new Ratio(7 - 2 - 0, 7) });
        hl3.Points.ShouldBe(4.76m);
        hl3.Ratio!.Value.ShouldBe(0.7143m);
    }
}
