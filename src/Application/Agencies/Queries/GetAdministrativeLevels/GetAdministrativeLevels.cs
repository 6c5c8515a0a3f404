using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Agencies.Queries.GetAdministrativeLevels;

/// <summary>
/// The administrative levels of the set-up the deployment runs, city first: what a procedure may be decided at. Since
/// 1 July 2025 Hanoi has two (Luật Tổ chức chính quyền địa phương 2025, số 72/2025/QH15, Điều 2 — article unconfirmed;
/// Nghị quyết 1656/NQ-UBTVQH15); the three-tier set-up is kept only to reproduce the 2019–2020 figures.
/// </summary>
public sealed record GetAdministrativeLevels : IRequest<AdministrativeLevelsDto>;

/// <summary>The levels of the active set-up.</summary>
/// <param name="Setup"><c>two-tier</c> or <c>three-tier</c>.</param>
/// <param name="Historical">True for the three-tier set-up (before 1 July 2025), kept to reproduce the 2019–2020 figures.</param>
/// <param name="Levels">The levels, ordered by rank (1 = the city).</param>
public sealed record AdministrativeLevelsDto(string Setup, bool Historical, IReadOnlyList<AdministrativeLevelDto> Levels);

/// <summary>One administrative level.</summary>
/// <param name="Code">Stable key: <c>province</c>, <c>district</c> or <c>commune</c>.</param>
/// <param name="Name">Vietnamese name, e.g. "Cấp xã".</param>
/// <param name="NameEn">English name.</param>
/// <param name="Rank">1 for the city, growing downwards.</param>
public sealed record AdministrativeLevelDto(string Code, string Name, string NameEn, int Rank);

internal sealed class GetAdministrativeLevelsHandler(IReadDbContext db, IOptions<OrganisationOptions> organisation)
    : IRequestHandler<GetAdministrativeLevels, AdministrativeLevelsDto>
{
    public async Task<AdministrativeLevelsDto> Handle(GetAdministrativeLevels request, CancellationToken cancellationToken)
    {
        var levels = await db.AdministrativeLevels
            .OrderBy(l => l.Rank)
            .Select(l => new AdministrativeLevelDto(l.Code, l.Name, l.NameEn, l.Rank))
            .ToListAsync(cancellationToken);
        var setup = organisation.Value.Setup;
        return new AdministrativeLevelsDto(setup, setup == OrganisationOptions.ThreeTier, levels);
    }
}
