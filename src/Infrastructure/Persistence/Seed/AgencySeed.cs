namespace HanoiDvc.Infrastructure.Persistence.Seed;

/// <summary>One row of <c>agencies.json</c>.</summary>
internal sealed record AgencySeed(string Code, string Name, string? ParentCode);

/// <summary>The shape of <c>agencies.json</c>.</summary>
internal sealed record AgencySeedFile(IReadOnlyList<AgencySeed> Agencies);
