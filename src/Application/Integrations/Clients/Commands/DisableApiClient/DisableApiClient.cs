using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Integrations.Clients.Commands.DisableApiClient;

/// <summary>Disables an integrator: no more tokens, and the ones it holds are refused from the next request.</summary>
[RequiresRole(Roles.SystemAdmin)]
public sealed record DisableApiClient(Guid Id) : IRequest<ApiClientDto>;

internal sealed class DisableApiClientHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<DisableApiClient, ApiClientDto>
{
    public async Task<ApiClientDto> Handle(DisableApiClient request, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken) ?? throw new NotFoundException("ApiClient", request.Id);
        client.Disable(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ApiClientDto.From(client);
    }
}
