using HanoiDvc.Domain.Agencies;

namespace HanoiDvc.Infrastructure.Persistence.Seed;

/// <summary>The shape of <c>agencies/&lt;setup&gt;.json</c>.</summary>
internal sealed record AgencySeedFile(string Setup, IReadOnlyList<LevelSeed> Levels, IReadOnlyList<AgencySeed> Agencies);

internal sealed record LevelSeed(string Code, string Name, string NameEn, int Rank);

internal sealed record AgencySeed(
    string Code,
    string Name,
    string NameEn,
    AgencyKind Kind,
    string Level,
    string? ParentCode,
    string? Address,
    string? Phone,
    string? Email,
    string? ReceptionHours,
    bool Receives,
    bool Decides,
    bool CodeVerified = false,
    string? CodeSource = null);
