using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Statistics.Queries.ExportStatistics;

/// <summary>The period's report per procedure in the shape of Thông tư 01/2018/TT-VPCP, as CSV or XLSX. Same scope as the summary.</summary>
[RequiresRole(Roles.Leader, Roles.AgencyAdmin, Roles.SystemAdmin)]
public sealed record ExportStatistics(
    string Format, DateOnly From, DateOnly To, Guid? AgencyId = null, int? Level = null, ProcedureField? Field = null, Guid? ProcedureId = null)
    : IRequest<StatisticsFile>, IStatisticsFilter;

internal sealed class ExportStatisticsHandler(
    IReadDbContext db, StatisticsScope scope, StatisticsFiguresReader reader, IEnumerable<IStatisticsReportWriter> writers, IMediator mediator)
    : IRequestHandler<ExportStatistics, StatisticsFile>
{
    public async Task<StatisticsFile> Handle(ExportStatistics request, CancellationToken cancellationToken)
    {
        var writer = writers.Single(w => string.Equals(w.Format, request.Format, StringComparison.OrdinalIgnoreCase));
        var slice = await scope.SliceAsync(request, cancellationToken);
        var rows = await reader.ReadAsync(slice, StatisticsGrouping.Procedure, cancellationToken);
        var names = await StatisticsNames.ForAsync(db, StatisticsGrouping.Procedure, rows.Select(r => r.Key), cancellationToken);
        var ids = rows.Select(r => Guid.Parse(r.Key)).ToArray();
        var fields = (await db.ProcedureVersions.Where(v => ids.Contains(v.ProcedureId))
                .Select(v => new { v.ProcedureId, v.Number, v.Field }).ToListAsync(cancellationToken))
            .GroupBy(v => v.ProcedureId).ToDictionary(g => g.Key.ToString(), g => g.MaxBy(v => v.Number)!.Field, StringComparer.Ordinal);

        var report = new List<StatisticsReportRow>();
        var number = 0;
        foreach (var field in rows.GroupBy(r => fields[r.Key]).OrderBy(g => g.Key))
        {
            var fieldName = FieldName(field.Key);
            foreach (var row in field.OrderBy(r => names[r.Key].Code ?? string.Empty, StringComparer.Ordinal).ThenBy(r => names[r.Key].Name, StringComparer.Ordinal))
            {
                var label = names[row.Key];
                report.Add(new StatisticsReportRow(++number, fieldName, label.Code, Localized.Text(label.Name, label.NameEn), Values(row.Figures)));
            }

            report.Add(new StatisticsReportRow(null, fieldName, null, Localized.Text("Cộng lĩnh vực", "Field subtotal"), Sum(field.Select(r => Values(r.Figures)))));
        }

        report.Add(new StatisticsReportRow(null, string.Empty, null, Localized.Text("Tổng cộng", "Total"),
            Sum(report.Where(r => r.Number is not null).Select(r => r.Values))));
        var title = Localized.Text("Tình hình, kết quả giải quyết thủ tục hành chính", "Handling of administrative procedures");
        var period = Localized.Text($"Kỳ báo cáo: từ {request.From:dd/MM/yyyy} đến {request.To:dd/MM/yyyy}", $"Period: {request.From:yyyy-MM-dd} to {request.To:yyyy-MM-dd}");
        IReadOnlyList<StatisticsSheet> sheets = [.. await DashboardSheets.ReadAsync(mediator, request, cancellationToken), await IndexSheet.ReadAsync(mediator, request, cancellationToken)];
        var content = writer.Write(new StatisticsReport(title, period, LabelHeaders(), Headers(), report, sheets));
        return new StatisticsFile(content, writer.MediaType, $"thong-ke-{request.From:yyyyMMdd}-{request.To:yyyyMMdd}.{writer.Format}");
    }

    /// <summary>The columns of the report, in the order of <see cref="Headers"/>.</summary>
    private static long[] Values(StatisticsFigures f)
    {
        var carried = f.InProgress?.CarriedOver ?? 0;
        return
        [
            carried + f.Received.Total, carried, f.Received.Total, f.Received.Online, f.Received.Direct,
            f.Resolved.Total, f.Resolved.Early, f.Resolved.OnTime, f.Resolved.Late,
            f.InProgress?.Total ?? 0, f.InProgress?.WithinTime ?? 0, f.InProgress?.Overdue ?? 0,
            f.Withdrawn + f.Stopped,
        ];
    }

    private static long[] Sum(IEnumerable<IReadOnlyList<long>> rows)
    {
        var total = new long[Headers().Count];
        foreach (var row in rows)
        {
            for (var i = 0; i < total.Length; i++)
            {
                total[i] += row[i];
            }
        }

        return total;
    }

    private static IReadOnlyList<string> LabelHeaders() =>
    [
        Localized.Text("STT", "No."), Localized.Text("Lĩnh vực", "Field"), Localized.Text("Mã thủ tục", "Procedure code"), Localized.Text("Tên thủ tục", "Procedure"),
    ];

    private static IReadOnlyList<string> Headers() =>
    [
        Localized.Text("Tổng số hồ sơ nhận giải quyết", "Dossiers to handle"),
        Localized.Text("Từ kỳ trước chuyển qua", "Carried over"),
        Localized.Text("Mới tiếp nhận", "Received in period"),
        Localized.Text("Tiếp nhận trực tuyến", "Received online"),
        Localized.Text("Tiếp nhận trực tiếp và bưu chính", "Received in person or by post"),
        Localized.Text("Đã giải quyết", "Resolved"),
        Localized.Text("Giải quyết trước hạn", "Resolved early"),
        Localized.Text("Giải quyết đúng hạn", "Resolved on time"),
        Localized.Text("Giải quyết quá hạn", "Resolved late"),
        Localized.Text("Đang giải quyết", "In progress"),
        Localized.Text("Đang giải quyết trong hạn", "In progress within time"),
        Localized.Text("Đang giải quyết quá hạn", "In progress overdue"),
        Localized.Text("Rút hoặc dừng xử lý", "Withdrawn or stopped"),
    ];

    private static string FieldName(ProcedureField field) => field switch
    {
        ProcedureField.EducationTraining => Localized.Text("Giáo dục và đào tạo", "Education and training"),
        ProcedureField.DiplomasCertificates => Localized.Text("Văn bằng, chứng chỉ", "Diplomas and certificates"),
        ProcedureField.ExamsAdmissions => Localized.Text("Thi, tuyển sinh", "Examinations and admissions"),
        _ => field.ToString(),
    };
}

internal sealed class ExportStatisticsValidator : StatisticsFilterValidator<ExportStatistics>;
