using HanoiDvc.Domain.Integrations;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Integrations.Clients.Commands.RotateApiClientSecret;

/// <summary>
/// Issues a new secret (shown once). By default the old one stays valid for <c>Integrations:SecretOverlap</c> so the
/// integrator can switch without downtime; with <paramref name="RevokeImmediately"/> it stops working at once, and so do
/// the tokens issued with it (for a leaked secret).
/// </summary>
[RequiresRole(Roles.SystemAdmin)]
public sealed record RotateApiClientSecret(Guid Id, bool RevokeImmediately) : IRequest<ApiClientCredentialsDto>;

internal sealed class RotateApiClientSecretHandler(IAppDbContext db, TimeProvider clock, IOptions<IntegrationOptions> options)
    : IRequestHandler<RotateApiClientSecret, ApiClientCredentialsDto>
{
    public async Task<ApiClientCredentialsDto> Handle(RotateApiClientSecret request, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken) ?? throw new NotFoundException("ApiClient", request.Id);
        var secret = ClientSecrets.New();
        client.RotateSecret(ClientSecrets.Hash(secret), request.RevokeImmediately ? TimeSpan.Zero : options.Value.SecretOverlap, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new ApiClientCredentialsDto(ApiClientDto.From(client), secret);
    }
}
