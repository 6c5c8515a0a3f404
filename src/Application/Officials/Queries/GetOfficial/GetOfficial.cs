namespace HanoiDvc.Application.Officials.Queries.GetOfficial;

/// <summary>One official the caller manages.</summary>
/// <param name="Id">The official's account id.</param>
[RequiresRole(Roles.AgencyAdmin, Roles.SystemAdmin)]
public sealed record GetOfficial(Guid Id) : IRequest<OfficialDto>;

internal sealed class GetOfficialHandler(IAgencyScope scope, IOfficialAccounts officials) : IRequestHandler<GetOfficial, OfficialDto>
{
    public async Task<OfficialDto> Handle(GetOfficial request, CancellationToken cancellationToken)
    {
        var official = await officials.FindAsync(request.Id, cancellationToken) ?? throw new NotFoundException("Official", request.Id);
        await scope.EnsureCanManageAsync(official, cancellationToken);
        return official;
    }
}
