using HanoiDvc.Application.Common.Interfaces;

namespace HanoiDvc.Application.IntegrationTests;

/// <summary>The user the use cases see in these tests: anonymous unless a test runs as someone (<see cref="Testing.RunAs"/>).</summary>
internal sealed class TestCurrentUser : ICurrentUser
{
    public static (Guid Id, Guid? AgencyId, string[] Roles)? Current { get; set; }

    public Guid? UserId => Current?.Id;

    public string? Name => Current is null ? null : "Người dùng thử nghiệm";

    public bool IsAuthenticated => Current is not null;

    public Guid? AgencyId => Current?.AgencyId;

    public IReadOnlyCollection<string> Roles => Current?.Roles ?? [];

    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
