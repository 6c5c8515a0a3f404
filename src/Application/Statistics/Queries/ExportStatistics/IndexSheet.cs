using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Application.Statistics.ServiceIndex;

namespace HanoiDvc.Application.Statistics.Queries.ExportStatistics;

/// <summary>
/// The dashboard's service-index section as a sheet, read through <see cref="GetServiceIndex.GetServiceIndex"/>: the month
/// or quarter the export's period is, otherwise the year it starts in; each indicator with its counts and points, then the total.
/// </summary>
internal static class IndexSheet
{
    public static async Task<StatisticsSheet> ReadAsync(IMediator mediator, ExportStatistics r, CancellationToken cancellationToken)
    {
        var period = ServiceIndexPeriod.Covering(r.From, r.To);
        var index = await mediator.Send(new GetServiceIndex.GetServiceIndex(period.Kind, period.Year, period.Number, r.AgencyId), cancellationToken);
        var english = Localized.Text("vi", "en") == "en";
        var rows = index.Groups.SelectMany(g => g.Indicators).Select(i => new StatisticsSheetRow(
            $"{i.Code} · {(english ? i.NameEn : i.Name)}{(i.Measured ? string.Empty : $" — {T("không đo tại hệ thống này", "not measured in this system")}")}",
            [i.Numerator, i.Denominator, i.Points, i.MaxPoints])).ToList();
        rows.Add(new StatisticsSheetRow(T("Tổng (trên tối đa đo được)", "Total (out of the measured maximum)"),
            [null, null, index.Total.Points, index.Total.MeasuredMax]));
        return new StatisticsSheet("Chi so 766", T($"Chỉ số phục vụ (Quyết định 766/QĐ-TTg), {index.From:dd/MM/yyyy}–{index.To:dd/MM/yyyy}",
                $"Service index (Quyết định 766/QĐ-TTg), {index.From:dd/MM/yyyy}–{index.To:dd/MM/yyyy}"),
            [T("Chỉ số", "Indicator"), T("Tử số", "Numerator"), T("Mẫu số", "Denominator"), T("Điểm", "Points"), T("Tối đa", "Maximum")], rows);
    }

    private static string T(string vietnamese, string english) => Localized.Text(vietnamese, english);
}
