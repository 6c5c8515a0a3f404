using HanoiDvc.Application.Statistics.Commands.RebuildStatistics;
using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Application.Statistics.Queries.ExportStatistics;
using HanoiDvc.Application.Statistics.Queries.GetPublicServiceIndex;
using HanoiDvc.Application.Statistics.Queries.GetPublicStatistics;
using HanoiDvc.Application.Statistics.Queries.GetServiceIndex;
using HanoiDvc.Application.Statistics.Queries.GetStatisticsBreakdown;
using HanoiDvc.Application.Statistics.Queries.GetStatisticsSummary;
using HanoiDvc.Application.Statistics.ServiceIndex;
using HanoiDvc.Domain.Procedures;
using Microsoft.AspNetCore.OutputCaching;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>
/// Statistics for leaders (summary, breakdowns, the Thông tư 01/2018 export; their agency and those below it, SystemAdmin
/// everything), the on-demand rebuild of the tables (SystemAdmin) and the anonymous open data (rate-limited, cached an hour).
/// </summary>
internal static class StatisticsEndpoints
{
    /// <summary>Output-cache policy of the open data.</summary>
    public const string PublicCachePolicy = "public-statistics";

    /// <summary>Tag of every cached statistics answer: a rebuild evicts it.</summary>
    public const string CacheTag = "statistics";

    public static IServiceCollection AddStatisticsOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddPolicy(PublicCachePolicy, policy => policy.Expire(TimeSpan.FromHours(1)).Tag(CacheTag)));

    public static void MapStatisticsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/statistics").WithTags("Statistics").RequireAuthorization(Policies.ViewStatistics)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/summary", GetStatisticsSummary).WithName(nameof(GetStatisticsSummary))
            .WithSummary("Figures of a period: received online/direct, resolved early/on time/late, open within time/overdue, processing time, payments, satisfaction, level-4 share, targets")
            .WithDescription("Leader and AgencyAdmin (their agency and those below it), SystemAdmin (all). From the daily statistics tables for closed figures and live "
                + "counts for the open stock; optional filters: agency, service level, field, procedure. `from`/`to` are Hanoi business days. The targets "
                + "(online share, on-time rate, satisfaction) come with their values.");
        group.MapGet("/by-agency", GetStatisticsByAgency).WithName(nameof(GetStatisticsByAgency)).WithSummary("The period's figures per deciding agency")
            .WithDescription("Same access and filters as the summary; one row per agency the caller may see.");
        group.MapGet("/by-procedure", GetStatisticsByProcedure).WithName(nameof(GetStatisticsByProcedure)).WithSummary("The period's figures per procedure")
            .WithDescription("Same access and filters as the summary; one row per procedure with dossiers in the period.");
        group.MapGet("/by-month", GetStatisticsByMonth).WithName(nameof(GetStatisticsByMonth)).WithSummary("The period's figures per month (time series, without the open stock)")
            .WithDescription("Same access and filters as the summary; one row per calendar month of the period.");
        group.MapGet("/index", GetServiceIndex).WithName(nameof(GetServiceIndex))
            .WithSummary("The national service index of Quyết định 766/QĐ-TTg for a month, quarter or year: points per indicator and group, total, trend")
            .WithDescription("Same access as the summary. Each indicator comes with its formula, legal source, maximum points, numerator, denominator and "
                + "points, or `measured: false` with the reason when this system cannot know it (then it is left out of `measuredMax`). "
                + "`trend` holds the totals of the five periods of the same kind before, oldest first.");
        group.MapGet("/export.csv", ExportStatisticsCsv).WithName(nameof(ExportStatisticsCsv))
            .WithSummary("The report per field and procedure in the shape of Thông tư 01/2018/TT-VPCP, as CSV")
            .WithDescription("Same access and filters as the summary. UTF-8 with a byte-order mark (opens in Excel), Vietnamese headers.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        group.MapGet("/export.xlsx", ExportStatisticsXlsx).WithName(nameof(ExportStatisticsXlsx))
            .WithSummary("The same report as an Excel workbook")
            .WithDescription("Same access, filters and rows as the CSV export; one sheet with Vietnamese headers.")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        group.MapPost("/rebuild", RebuildStatistics).WithName(nameof(RebuildStatistics))
            .RequireAuthorization(Policies.SystemAdmin)
            .WithSummary("Recompute the statistics tables for a range of business days now (the nightly job does the last days)")
            .WithDescription("SystemAdmin only. Rebuilds the daily and monthly rows of the days `from`–`to` from the dossiers; running it twice gives the same rows. "
                + "Answers the rows written and the time taken.");

        // Public; an integrator's token needs statistics:read.
        app.MapGet("/api/v1/public/statistics", GetPublicStatistics).WithTags("Statistics").WithName(nameof(GetPublicStatistics))
            .RequireAuthorization(Policies.StatisticsRead)
            .RequireRateLimiting(RateLimitingSetup.PublicCheckPolicy)
            .CacheOutput(PublicCachePolicy)
            .CachePublicly(TimeSpan.FromHours(1))
            .WithSummary("Open data: per deciding agency, this year's received dossiers, online share, resolved dossiers and on-time rate (updated daily)")
            .WithDescription("Public (an integrator's token needs `statistics:read`). Cached for an hour; rate-limited per client IP.")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        app.MapGet("/api/v1/public/statistics/index", GetPublicServiceIndex).WithTags("Statistics").WithName(nameof(GetPublicServiceIndex))
            .RequireAuthorization(Policies.StatisticsRead)
            .RequireRateLimiting(RateLimitingSetup.PublicCheckPolicy)
            .CacheOutput(PublicCachePolicy)
            .CachePublicly(TimeSpan.FromHours(1))
            .WithSummary("Open data: this year's national service index (Quyết định 766/QĐ-TTg) per deciding agency with a dossier received this year, total and groups")
            .WithDescription("Public (an integrator's token needs `statistics:read`). Points out of the maximum measured here; cached for an hour; rate-limited per client IP.")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="from">First business day (yyyy-MM-dd, Hanoi).</param>
    /// <param name="to">Last business day (yyyy-MM-dd); at most five years after <paramref name="from"/>.</param>
    /// <param name="agencyId">One agency and those below it; all the caller may see when absent.</param>
    /// <param name="level">Service level 3 or 4.</param>
    /// <param name="field">EducationTraining, DiplomasCertificates or ExamsAdmissions.</param>
    /// <param name="procedureId">One procedure.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<StatisticsSummaryDto>> GetStatisticsSummary(
        IMediator mediator, DateOnly from, DateOnly to, Guid? agencyId, int? level, ProcedureField? field, Guid? procedureId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetStatisticsSummary(from, to, agencyId, level, field, procedureId), cancellationToken));

    /// <inheritdoc cref="GetStatisticsSummary"/>
    public static Task<Ok<IReadOnlyList<StatisticsBreakdownRow>>> GetStatisticsByAgency(
        IMediator mediator, DateOnly from, DateOnly to, Guid? agencyId, int? level, ProcedureField? field, Guid? procedureId, CancellationToken cancellationToken) =>
        BreakdownAsync(mediator, new GetStatisticsBreakdown(StatisticsGrouping.Agency, from, to, agencyId, level, field, procedureId), cancellationToken);

    /// <inheritdoc cref="GetStatisticsSummary"/>
    public static Task<Ok<IReadOnlyList<StatisticsBreakdownRow>>> GetStatisticsByProcedure(
        IMediator mediator, DateOnly from, DateOnly to, Guid? agencyId, int? level, ProcedureField? field, Guid? procedureId, CancellationToken cancellationToken) =>
        BreakdownAsync(mediator, new GetStatisticsBreakdown(StatisticsGrouping.Procedure, from, to, agencyId, level, field, procedureId), cancellationToken);

    /// <inheritdoc cref="GetStatisticsSummary"/>
    public static Task<Ok<IReadOnlyList<StatisticsBreakdownRow>>> GetStatisticsByMonth(
        IMediator mediator, DateOnly from, DateOnly to, Guid? agencyId, int? level, ProcedureField? field, Guid? procedureId, CancellationToken cancellationToken) =>
        BreakdownAsync(mediator, new GetStatisticsBreakdown(StatisticsGrouping.Month, from, to, agencyId, level, field, procedureId), cancellationToken);

    /// <inheritdoc cref="GetStatisticsSummary"/>
    public static Task<FileContentHttpResult> ExportStatisticsCsv(
        IMediator mediator, DateOnly from, DateOnly to, Guid? agencyId, int? level, ProcedureField? field, Guid? procedureId, CancellationToken cancellationToken) =>
        ExportAsync(mediator, new ExportStatistics("csv", from, to, agencyId, level, field, procedureId), cancellationToken);

    /// <inheritdoc cref="GetStatisticsSummary"/>
    public static Task<FileContentHttpResult> ExportStatisticsXlsx(
        IMediator mediator, DateOnly from, DateOnly to, Guid? agencyId, int? level, ProcedureField? field, Guid? procedureId, CancellationToken cancellationToken) =>
        ExportAsync(mediator, new ExportStatistics("xlsx", from, to, agencyId, level, field, procedureId), cancellationToken);

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cache">The output cache, emptied of statistics answers once the tables changed.</param>
    /// <param name="from">First business day to recompute.</param>
    /// <param name="to">Last business day to recompute.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<StatisticsRebuildResult>> RebuildStatistics(
        IMediator mediator, IOutputCacheStore cache, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new RebuildStatistics(from, to), cancellationToken);
        await cache.EvictByTagAsync(CacheTag, cancellationToken);
        return TypedResults.Ok(result);
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="kind">Month, Quarter or Year.</param>
    /// <param name="year">The year, e.g. 2026.</param>
    /// <param name="number">The month (1–12) or quarter (1–4); 1 or absent for a year.</param>
    /// <param name="agencyId">One agency and those below it; all the caller may see when absent.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<ServiceIndexDto>> GetServiceIndex(
        IMediator mediator, ServiceIndexPeriodKind kind, int year, int? number, Guid? agencyId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetServiceIndex(kind, year, number ?? 1, agencyId), cancellationToken));

    public static async Task<Ok<PublicServiceIndexDto>> GetPublicServiceIndex(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPublicServiceIndex(), cancellationToken));

    public static async Task<Ok<PublicStatisticsDto>> GetPublicStatistics(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPublicStatistics(), cancellationToken));

    private static async Task<Ok<IReadOnlyList<StatisticsBreakdownRow>>> BreakdownAsync(IMediator mediator, GetStatisticsBreakdown query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));

    private static async Task<FileContentHttpResult> ExportAsync(IMediator mediator, ExportStatistics query, CancellationToken cancellationToken)
    {
        var file = await mediator.Send(query, cancellationToken);
        return TypedResults.File(file.Content, file.MediaType, file.FileName);
    }
}
