using AutoMapper;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Procedures.Common;
using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Procedures.Queries.SearchProcedures;

/// <summary>Searches the public catalogue: published, listed procedures matching every given filter.</summary>
/// <param name="Query">Words to find in the code or the name; case and Vietnamese diacritics are ignored ("cap ban sao" finds "Cấp bản sao…").</param>
/// <param name="Field">Only this field.</param>
/// <param name="Level">Only procedures decided at this administrative level (<c>province</c>, <c>district</c>, <c>commune</c>).</param>
/// <param name="AgencyId">Only procedures this agency decides (those of its level).</param>
/// <param name="ServiceLevel">2 (information only), 3 (một phần) or 4 (toàn trình).</param>
/// <param name="ApplicantType">Only procedures open to this kind of applicant.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page (1–100).</param>
public sealed record SearchProcedures(
    string? Query = null,
    ProcedureField? Field = null,
    string? Level = null,
    Guid? AgencyId = null,
    int? ServiceLevel = null,
    ApplicantTypes? ApplicantType = null,
    int Page = 1,
    int PageSize = 20) : IRequest<PagedList<ProcedureSummaryDto>>, IPagedQuery;

internal sealed class SearchProceduresHandler(IReadDbContext db, IMapper mapper) : IRequestHandler<SearchProcedures, PagedList<ProcedureSummaryDto>>
{
    public async Task<PagedList<ProcedureSummaryDto>> Handle(SearchProcedures request, CancellationToken cancellationToken)
    {
        var versions = CatalogueQueries.PublishedVersions(db);

        // Every folded word must appear; LIKE '%word%' on the folded column is served by its trigram index.
        foreach (var word in VietnameseText.Fold(request.Query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
        {
            var pattern = $"%{word}%";
            versions = versions.Where(v => EF.Functions.Like(v.SearchText, pattern));
        }

        if (request.Field is { } field)
        {
            versions = versions.Where(v => v.Field == field);
        }

        var level = request.Level?.ToLowerInvariant();
        if (request.AgencyId is { } agencyId)
        {
            level = await db.Agencies.Where(a => a.Id == agencyId && a.Decides).Select(a => a.LevelCode).SingleOrDefaultAsync(cancellationToken)
                ?? "none"; // an unknown or non-deciding agency decides nothing
        }

        if (level is not null)
        {
            versions = versions.Where(v => v.DecidingLevelCode == level);
        }

        if (request.ServiceLevel is { } serviceLevel)
        {
            versions = versions.Where(v => v.ServiceLevel == (ServiceLevel)serviceLevel);
        }

        if (request.ApplicantType is { } applicant)
        {
            versions = versions.Where(v => (v.ApplicantTypes & applicant) != 0);
        }

        var total = await versions.CountAsync(cancellationToken);
        var page = await versions
            .OrderBy(v => v.Name)
            .ThenBy(v => v.Id)
            .Skip((request.Page - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(v => new { Version = v, Code = db.Procedures.Where(p => p.Id == v.ProcedureId).Select(p => p.NationalCode).Single() })
            .ToListAsync(cancellationToken);

        var items = page.Select(row => mapper.Map<ProcedureSummaryDto>(row.Version) with { NationalCode = row.Code }).ToList();
        return new PagedList<ProcedureSummaryDto>(items, request.Page, request.PageSize, total);
    }
}
