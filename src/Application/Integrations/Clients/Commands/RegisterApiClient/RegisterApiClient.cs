using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Integrations.Clients.Commands.RegisterApiClient;

/// <summary>Registers an integrator with its scopes and the agencies it acts for; the answer carries the secret, once.</summary>
/// <param name="Name">Display name (also the dossiers' source, <c>Integration:&lt;name&gt;</c>).</param>
/// <param name="ContactEmail">Whom to tell about the client.</param>
/// <param name="Scopes">Of <c>catalogue:read</c>, <c>dossiers:read</c>, <c>dossiers:write</c>, <c>statistics:read</c>, <c>webhooks:manage</c>.</param>
/// <param name="AgencyIds">The agencies whose dossiers it may see and submit.</param>
[RequiresRole(Roles.SystemAdmin)]
public sealed record RegisterApiClient(string Name, string ContactEmail, IReadOnlyList<string> Scopes, IReadOnlyList<Guid> AgencyIds) : IRequest<ApiClientCredentialsDto>;

internal sealed class RegisterApiClientHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<RegisterApiClient, ApiClientCredentialsDto>
{
    public async Task<ApiClientCredentialsDto> Handle(RegisterApiClient request, CancellationToken cancellationToken)
    {
        var known = await db.Agencies.CountAsync(a => request.AgencyIds.Contains(a.Id), cancellationToken);
        if (known != request.AgencyIds.Distinct().Count())
        {
            throw new RequestValidationException([new FluentValidation.Results.ValidationFailure(nameof(request.AgencyIds), "An agency does not exist.")]);
        }

        var secret = ClientSecrets.New();
        var client = ApiClient.Register(request.Name, request.ContactEmail, request.Scopes, request.AgencyIds, ClientSecrets.Hash(secret), clock.GetUtcNow());
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return new ApiClientCredentialsDto(ApiClientDto.From(client), secret);
    }
}
