using HanoiDvc.Application.Common.Models;
using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Procedures.Queries.GetProceduresForAdmin;

/// <summary>A procedure as the catalogue's administrators list it: listed or not, with its published and draft versions.</summary>
/// <param name="Id">The procedure's id.</param>
/// <param name="NationalCode">Its code in the national catalogue, if any.</param>
/// <param name="Name">The name in its newest version.</param>
/// <param name="NameEn">The English name in its newest version.</param>
/// <param name="IsListed">Whether the public catalogue shows it.</param>
/// <param name="PublishedVersion">The number of the published version, if any.</param>
/// <param name="DraftVersion">The number of the draft, if any.</param>
public sealed record AdminProcedureSummaryDto(
    Guid Id, string? NationalCode, string Name, string NameEn, bool IsListed, int? PublishedVersion, int? DraftVersion);

/// <summary>One page of every procedure (drafts and unlisted ones included), by national code, optionally matching words.</summary>
/// <param name="Query">Words to find in the code or the name of any version (case and diacritics ignored).</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page (1–100).</param>
[RequiresRole(Roles.SystemAdmin)]
public sealed record GetProceduresForAdmin(string? Query = null, int Page = 1, int PageSize = 20)
    : IRequest<PagedList<AdminProcedureSummaryDto>>, IPagedQuery;

internal sealed class GetProceduresForAdminHandler(IAppDbContext db) : IRequestHandler<GetProceduresForAdmin, PagedList<AdminProcedureSummaryDto>>
{
    public async Task<PagedList<AdminProcedureSummaryDto>> Handle(GetProceduresForAdmin request, CancellationToken cancellationToken)
    {
        var procedures = db.Procedures.AsNoTracking();
        foreach (var word in VietnameseText.Fold(request.Query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
        {
            var pattern = $"%{word}%";
            procedures = procedures.Where(p => p.Versions.Any(v => EF.Functions.Like(v.SearchText, pattern)));
        }

        var total = await procedures.CountAsync(cancellationToken);
        var page = await procedures.Include(p => p.Versions)
            .OrderBy(p => p.NationalCode == null).ThenBy(p => p.NationalCode).ThenBy(p => p.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedList<AdminProcedureSummaryDto>([.. page.Select(ToDto)], request.Page, request.PageSize, total);
    }

    private static AdminProcedureSummaryDto ToDto(Procedure procedure)
    {
        var newest = procedure.Versions.MaxBy(v => v.Number)!;
        return new AdminProcedureSummaryDto(
            procedure.Id, procedure.NationalCode, newest.Name, newest.Content.NameEn, procedure.IsListed,
            procedure.Published?.Number, procedure.Draft?.Number);
    }
}
