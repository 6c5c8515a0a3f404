using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Integrations.Dossiers;

/// <summary>The integrator a request runs for, loaded from the database (its token only says who it is).</summary>
internal static class IntegrationCaller
{
    public static async Task<ApiClient> LoadAsync(IAppDbContext db, ICurrentUser user, CancellationToken cancellationToken)
    {
        var id = user.ClientId ?? throw new ForbiddenAccessException();
        return await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.DisabledAt == null, cancellationToken)
            ?? throw new NotSignedInException();
    }

    /// <summary>403 unless the client acts for <paramref name="agencyId"/>.</summary>
    public static void EnsureActsFor(ApiClient client, Guid agencyId)
    {
        if (!client.AgencyIds.Contains(agencyId))
        {
            throw new ForbiddenAccessException($"Client {client.Name} does not act for agency {agencyId}.");
        }
    }
}
