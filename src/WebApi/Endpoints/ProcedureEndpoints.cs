using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Procedures.Common;
using HanoiDvc.Application.Procedures.Queries.GetCatalogueStatistics;
using HanoiDvc.Application.Procedures.Queries.GetPopularProcedures;
using HanoiDvc.Application.Procedures.Queries.GetProcedure;
using HanoiDvc.Application.Procedures.Queries.GetProcedureTemplate;
using HanoiDvc.Application.Procedures.Queries.SearchProcedures;
using HanoiDvc.Domain.Procedures;
using Microsoft.Net.Http.Headers;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>The public procedure catalogue (anonymous).</summary>
internal static class ProcedureEndpoints
{
    public static void MapProcedureEndpoints(this IEndpointRouteBuilder app)
    {
        // Public; an integrator's token needs catalogue:read.
        var group = app.MapGroup("/api/v1/procedures").WithTags("Procedure catalogue").RequireAuthorization(Policies.CatalogueRead);
        group.MapGet("/", SearchProcedures)
            .WithName(nameof(SearchProcedures))
            .WithSummary("Search the procedure catalogue")
            .WithDescription("Published procedures, filtered and paged. `q` ignores case and Vietnamese diacritics: \"cap ban sao\" finds \"Cấp bản sao văn bằng…\". Answers an `ETag` (send it as `If-None-Match` for a 304).")
            .WithContentEntityTag()
            .ProducesValidationProblem();
        group.MapGet("/statistics", GetCatalogueStatistics)
            .WithName(nameof(GetCatalogueStatistics))
            .WithSummary("Catalogue counts per deciding level and field, and the share of level-4 procedures")
            .WithDescription("Public (an integrator's token needs `catalogue:read`). For the home page and the level-4 target.");
        group.MapGet("/popular", GetPopularProcedures)
            .WithName(nameof(GetPopularProcedures))
            .WithSummary("The procedures most applied for over the last year (completed with level-4 ones), for the home page")
            .WithDescription("Public. The procedures with the most dossiers submitted in the last 365 days, topped up with level-4 procedures when there are few; `take` "
                + "1–12. Cached 10 minutes per language.")
            .CacheOutput(policy => policy.Expire(TimeSpan.FromMinutes(10)).SetVaryByHeader(HeaderNames.AcceptLanguage).SetVaryByQuery("take"))
            .CachePublicly(TimeSpan.FromMinutes(10))
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", GetProcedure)
            .WithName(nameof(GetProcedure))
            .WithSummary("A procedure's steps, documents, time limit, fees and form")
            .WithDescription("Public (an integrator's token needs `catalogue:read`). The published version in Vietnamese and English: steps with their "
                + "share of the time limit, required documents with templates, fees, the online form's fields. Answers an `ETag` (send it as `If-None-Match` for a 304).")
            .WithContentEntityTag()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/templates/{fileName}", GetProcedureTemplate)
            .WithName(nameof(GetProcedureTemplate))
            .WithSummary("Download a form template of one of the procedure's documents")
            .WithDescription("Public. The blank form (usually .docx) a required document refers to, by the file name given in the procedure's `documents[].template`.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="take">How many, 1–12 (default 6).</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<IReadOnlyList<ProcedureSummaryDto>>> GetPopularProcedures(IMediator mediator, int? take, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPopularProcedures(take ?? 6), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="q">Words to find in the code or name (diacritics and case ignored).</param>
    /// <param name="field">EducationTraining, DiplomasCertificates or ExamsAdmissions.</param>
    /// <param name="level">Deciding level: province, district or commune.</param>
    /// <param name="agencyId">Only what this agency decides.</param>
    /// <param name="serviceLevel">3 (một phần) or 4 (toàn trình).</param>
    /// <param name="applicantType">Citizen, Organisation or School.</param>
    /// <param name="page">1-based page number (default 1).</param>
    /// <param name="pageSize">Items per page, 1–100 (default 20).</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<PagedList<ProcedureSummaryDto>>> SearchProcedures(
        IMediator mediator,
        string? q,
        ProcedureField? field,
        string? level,
        Guid? agencyId,
        int? serviceLevel,
        ApplicantTypes? applicantType,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new SearchProcedures(q, field, level, agencyId, serviceLevel, applicantType, page ?? 1, pageSize ?? 20), cancellationToken));

    public static async Task<Ok<CatalogueStatisticsDto>> GetCatalogueStatistics(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCatalogueStatistics(), cancellationToken));

    public static async Task<Ok<ProcedureDetailDto>> GetProcedure(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetProcedure(id), cancellationToken));

    public static async Task<FileStreamHttpResult> GetProcedureTemplate(IMediator mediator, Guid id, string fileName, CancellationToken cancellationToken)
    {
        var file = await mediator.Send(new GetProcedureTemplate(id, fileName), cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
