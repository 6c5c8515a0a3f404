using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Agencies;
using HanoiDvc.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Security;

public sealed class AgencyScopeTests : BaseTestFixture
{
    private Guid _department;
    private Guid _exams;
    private Guid _secondary;
    private Guid _examsTeam;

    [SetUp]
    public async Task ArrangeTreeAsync()
    {
        _department = await TestAccounts.AgencyIdAsync(Services, "000.00.12.H26");
        _exams = await TestAccounts.AgencyIdAsync(Services, "000.01.12.H26");
        _secondary = await TestAccounts.AgencyIdAsync(Services, "000.02.12.H26");
        _examsTeam = await WithDbAsync(async db =>
        {
            var team = new Agency("000.97.12.H26", "Tổ khảo thí", "Examinations team", AgencyKind.Division, "province", _exams, AgencyContact.None, receives: false, decides: false);
            db.Agencies.Add(team);
            await db.SaveChangesAsync();
            return team.Id;
        });
    }

    private static async Task<T> InScopeAsync<T>(Func<IAgencyScope, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IAgencyScope>());
    }

    [Test]
    public async Task AgencyAdmin_ManagesTheirAgencyAndEveryAgencyBelowIt_Only()
    {
        RunAs(Guid.CreateVersion7(), _exams, Roles.AgencyAdmin);

        var manageable = await InScopeAsync(s => s.ManageableAgencyIdsAsync(CancellationToken.None));

        manageable.ShouldNotBeNull();
        manageable.ShouldBe([_exams, _examsTeam], ignoreOrder: true);
        (await InScopeAsync(s => s.CanManageAsync(_examsTeam, CancellationToken.None))).ShouldBeTrue("grandchildren are in scope");
        (await InScopeAsync(s => s.CanManageAsync(_secondary, CancellationToken.None))).ShouldBeFalse();
        (await InScopeAsync(s => s.CanManageAsync(_department, CancellationToken.None))).ShouldBeFalse();
    }

    [Test]
    public async Task AgencyAdmin_OfTheRoot_ManagesTheWholeTreeBelowIt()
    {
        RunAs(Guid.CreateVersion7(), _department, Roles.AgencyAdmin);

        var manageable = await InScopeAsync(s => s.ManageableAgencyIdsAsync(CancellationToken.None));

        // Every agency whose chain of parents reaches the Department; the two-tier city service centre is a root of its own.
        var below = await WithDbAsync(async db =>
        {
            var parents = await db.Agencies.ToDictionaryAsync(a => a.Id, a => a.ParentId);
            return parents.Keys.Count(id =>
            {
                for (Guid? at = id; at is { } current; at = parents[current])
                {
                    if (current == _department)
                    {
                        return true;
                    }
                }

                return false;
            });
        });
        manageable!.Count.ShouldBe(below);
        below.ShouldBeGreaterThan(100);
    }

    [Test]
    public async Task SystemAdmin_IsUnrestricted_AndMayGrantSystemAdmin()
    {
        RunAs(Guid.CreateVersion7(), null, Roles.SystemAdmin);

        (await InScopeAsync(s => s.ManageableAgencyIdsAsync(CancellationToken.None))).ShouldBeNull();
        await InScopeAsync(s =>
        {
            s.EnsureCanGrant([Roles.SystemAdmin]);
            return Task.FromResult(0);
        });
    }

    [Test]
    public async Task AgencyAdmin_MayNotGrantSystemAdmin()
    {
        RunAs(Guid.CreateVersion7(), _department, Roles.AgencyAdmin);

        await Should.ThrowAsync<ForbiddenAccessException>(() => InScopeAsync(s =>
        {
            s.EnsureCanGrant([Roles.Leader, Roles.SystemAdmin]);
            return Task.FromResult(0);
        }));
    }

    [Test]
    public async Task Others_ManageNothing()
    {
        RunAs(Guid.CreateVersion7(), _department, Roles.Leader);

        (await InScopeAsync(s => s.ManageableAgencyIdsAsync(CancellationToken.None)))!.ShouldBeEmpty();
        await Should.ThrowAsync<ForbiddenAccessException>(() => InScopeAsync(async s =>
        {
            await s.EnsureCanManageAsync(_department, CancellationToken.None);
            return 0;
        }));
    }
}
