namespace HanoiDvc.Application.Common.Behaviours;

/// <summary>Thresholds of the performance warning (configuration section <c>Performance</c>).</summary>
public sealed class PerformanceOptions
{
    public const string Section = "Performance";

    public TimeSpan SlowRequestThreshold { get; set; } = TimeSpan.FromMilliseconds(500);
}
