using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Integrations.Clients.Queries.GetApiClients;

/// <summary>Every registered integrator.</summary>
[RequiresRole(Roles.SystemAdmin)]
public sealed record GetApiClients : IRequest<IReadOnlyList<ApiClientDto>>;

internal sealed class GetApiClientsHandler(IAppDbContext db) : IRequestHandler<GetApiClients, IReadOnlyList<ApiClientDto>>
{
    public async Task<IReadOnlyList<ApiClientDto>> Handle(GetApiClients request, CancellationToken cancellationToken) =>
        (await db.ApiClients.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken)).Select(ApiClientDto.From).ToList();
}
