namespace HanoiDvc.Application.Dossiers.Queries.GetAssignees;

/// <summary>An official a dossier can be assigned to.</summary>
public sealed record AssigneeDto(Guid Id, string FullName);

/// <summary>The active Specialists of the signed-in official's agency, by name: whom a dossier can be assigned to.</summary>
[RequiresRole(Roles.Receptionist, Roles.Leader)]
public sealed record GetAssignees : IRequest<IReadOnlyList<AssigneeDto>>;

internal sealed class GetAssigneesHandler(ICurrentUser user, IOfficialAccounts officials) : IRequestHandler<GetAssignees, IReadOnlyList<AssigneeDto>>
{
    private const int PageSize = 100;

    public async Task<IReadOnlyList<AssigneeDto>> Handle(GetAssignees request, CancellationToken cancellationToken)
    {
        var agency = user.AgencyId ?? throw new NotSignedInException();
        var found = new List<AssigneeDto>();
        for (var page = 1; ; page++)
        {
            var list = await officials.ListAsync(agency, null, page, PageSize, cancellationToken);
            found.AddRange(list.Items.Where(o => !o.IsLockedOut && o.Roles.Contains(Roles.Specialist)).Select(o => new AssigneeDto(o.Id, o.FullName)));
            if (page * PageSize >= list.TotalCount)
            {
                return [.. found.OrderBy(a => a.FullName, StringComparer.CurrentCulture)];
            }
        }
    }
}
