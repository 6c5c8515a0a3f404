using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Application.Statistics.Queries.GetStatisticsBreakdown;

namespace HanoiDvc.Application.Statistics.Queries.ExportStatistics;

/// <summary>
/// The leaders' dashboard as sheets, read through the very queries the screen calls (summary and breakdowns), so the
/// workbook has the screen's figures and columns: the headline figures, the months, the agencies and the procedures.
/// </summary>
internal static class DashboardSheets
{
    public static async Task<IReadOnlyList<StatisticsSheet>> ReadAsync(IMediator mediator, ExportStatistics r, CancellationToken cancellationToken)
    {
        var summary = await mediator.Send(new GetStatisticsSummary.GetStatisticsSummary(r.From, r.To, r.AgencyId, r.Level, r.Field, r.ProcedureId), cancellationToken);
        var months = await mediator.Send(new GetStatisticsBreakdown.GetStatisticsBreakdown(StatisticsGrouping.Month, r.From, r.To, r.AgencyId, r.Level, r.Field, r.ProcedureId), cancellationToken);
        var agencies = await mediator.Send(new GetStatisticsBreakdown.GetStatisticsBreakdown(StatisticsGrouping.Agency, r.From, r.To, r.AgencyId, r.Level, r.Field, r.ProcedureId), cancellationToken);
        var procedures = await mediator.Send(new GetStatisticsBreakdown.GetStatisticsBreakdown(StatisticsGrouping.Procedure, r.From, r.To, r.AgencyId, r.Level, r.Field, r.ProcedureId), cancellationToken);
        var f = summary.Figures;
        var english = Localized.Text("vi", "en") == "en";
        string Name(StatisticsBreakdownRow row) => english ? row.NameEn : row.Name;

        return
        [
            new("Tong hop", T("Các chỉ tiêu chính", "Headline figures"), [T("Chỉ tiêu", "Measure"), T("Giá trị", "Value")],
            [
                Line(T("Hồ sơ tiếp nhận", "Dossiers received"), f.Received.Total),
                Line(T("Trực tuyến", "Online"), f.Received.Online),
                Line(T("Trực tiếp, bưu chính", "In person or by post"), f.Received.Direct),
                Line(T("Tỷ lệ trực tuyến (%)", "Online share (%)"), Percent(f.Received.OnlineShare)),
                Line(T("Đã giải quyết", "Resolved"), f.Resolved.Total),
                Line(T("Tỷ lệ đúng hạn (%)", "On time (%)"), Percent(f.Resolved.OnTimeRate)),
                Line(T("Đang giải quyết", "In progress"), f.InProgress?.Total),
                Line(T("Đang giải quyết trong hạn", "In progress within time"), f.InProgress?.WithinTime),
                Line(T("Đang quá hạn", "Overdue now"), f.InProgress?.Overdue),
                Line(T("Thời gian giải quyết bình quân (ngày làm việc)", "Average processing time (working days)"), f.ProcessingTime.AverageWorkingDays),
                Line(T("Thời hạn bình quân (ngày làm việc)", "Average time limit (working days)"), f.ProcessingTime.AverageLimitDays),
                Line(T("Thời gian tiết kiệm (%)", "Time saved (%)"), Percent(f.ProcessingTime.SavedShare)),
                Line(T("Phí, lệ phí đã thu (đồng)", "Fees collected (VND)"), f.Payments.CollectedVnd),
                Line(T("Lượt thanh toán", "Payments"), f.Payments.PaidCount),
                Line(T("Mức độ hài lòng (%)", "Satisfaction (%)"), Percent(f.Satisfaction.SatisfactionRate)),
                Line(T("Lượt đánh giá", "Ratings"), f.Satisfaction.Rated),
            ]),
            new("Theo thang", T("Hồ sơ tiếp nhận theo tháng", "Dossiers received per month"),
                [T("Tháng", "Month"), T("Trực tuyến", "Online"), T("Trực tiếp, bưu chính", "In person or by post"), T("Đúng hạn (%)", "On time (%)")],
                [.. months.Select(m => new StatisticsSheetRow(m.Key, [m.Figures.Received.Online, m.Figures.Received.Direct, Percent(m.Figures.Resolved.OnTimeRate)]))]),
            Table("Theo co quan", T("Theo cơ quan giải quyết", "By deciding agency"), agencies, Name),
            Table("Theo thu tuc", T("Theo thủ tục", "By procedure"), procedures, Name),
        ];
    }

    /// <summary>The columns of the dashboard's agency and procedure tables, in its order.</summary>
    private static StatisticsSheet Table(string name, string title, IReadOnlyList<StatisticsBreakdownRow> rows, Func<StatisticsBreakdownRow, string> label) =>
        new(name, title,
            [T("Tên", "Name"), T("Hồ sơ tiếp nhận", "Dossiers received"), T("Tỷ lệ trực tuyến (%)", "Online share (%)"), T("Đã giải quyết", "Resolved"),
             T("Đúng hạn (%)", "On time (%)"), T("Đang quá hạn", "Overdue now"), T("Mức độ hài lòng (%)", "Satisfaction (%)")],
            [.. rows.Select(row => new StatisticsSheetRow(label(row),
            [
                row.Figures.Received.Total, Percent(row.Figures.Received.OnlineShare), row.Figures.Resolved.Total, Percent(row.Figures.Resolved.OnTimeRate),
                row.Figures.InProgress?.Overdue, Percent(row.Figures.Satisfaction.SatisfactionRate),
            ]))]);

    private static StatisticsSheetRow Line(string name, decimal? value) => new(name, [value]);

    /// <summary>A share (fraction) in per cent with one decimal, rounded as the screen rounds it (half away from zero).</summary>
    internal static decimal? Percent(decimal? share) => share is { } s ? Math.Round(s * 100, 1, MidpointRounding.AwayFromZero) : null;

    private static string T(string vietnamese, string english) => Localized.Text(vietnamese, english);
}
