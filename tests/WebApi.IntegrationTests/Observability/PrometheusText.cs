using System.Globalization;
using System.Text.RegularExpressions;

namespace HanoiDvc.WebApi.IntegrationTests.Observability;

/// <summary>Reads samples out of the Prometheus text exposition format.</summary>
internal static partial class PrometheusText
{
    /// <summary>
    /// The sum of the samples of <paramref name="metric"/> whose labels include every one of <paramref name="labels"/>
    /// (<c>name="value"</c>); 0 when there is none (a counter that never moved is not exposed).
    /// </summary>
    public static double Sum(string exposition, string metric, params string[] labels) =>
        exposition.Split('\n')
            .Select(line => Sample().Match(line))
            .Where(m => m.Success && m.Groups["name"].Value == metric && labels.All(l => m.Groups["labels"].Value.Contains(l, StringComparison.Ordinal)))
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    /// <summary>Whether <paramref name="metric"/> has a sample or a <c># TYPE</c> line.</summary>
    public static bool Has(string exposition, string metric) =>
        exposition.Split('\n').Any(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal)
            || line.StartsWith($"# TYPE {metric} ", StringComparison.Ordinal));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?<labels>.*)\})? (?<value>\S+)(?: \d+)?\r?$")]
    private static partial Regex Sample();
}
