using HanoiDvc.Application.Agencies.Queries.GetAgencies;
using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Officials.Queries.GetOfficials;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Security;

public sealed class AuthorizationBehaviourTests : BaseTestFixture
{
    [Test]
    public async Task RequestWithRequiredRoles_SentByNobody_IsUnauthorized_BeforeValidationRuns()
    {
        // Page 0 would fail validation: authorization answers first, so anonymous callers learn nothing from messages.
        await Should.ThrowAsync<NotSignedInException>(() => SendAsync(new GetOfficials(null, Page: 0)));
    }

    [Test]
    public async Task RequestWithRequiredRoles_SentWithoutThem_IsForbidden()
    {
        RunAs(Guid.CreateVersion7(), null, Roles.Specialist, Roles.Leader);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(new GetOfficials(null)));
    }

    [Test]
    public async Task RequestWithRequiredRoles_SentWithOneOfThem_IsHandled()
    {
        RunAs(Guid.CreateVersion7(), null, Roles.SystemAdmin);

        var page = await SendAsync(new GetOfficials(null));

        page.TotalCount.ShouldBe(0);
    }

    [Test]
    public async Task RequestWithoutRequirements_IsHandledForAnyone()
    {
        var page = await SendAsync(new GetAgencies());

        page.TotalCount.ShouldBeGreaterThan(0);
    }
}
