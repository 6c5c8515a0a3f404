namespace HanoiDvc.Application.Dossiers.Queries.GetApologySigners;

/// <summary>A leader who may sign a dossier's apology, with the agency they sign for.</summary>
public sealed record ApologySignerDto(Guid Id, string FullName, Guid AgencyId, string AgencyName);

/// <summary>
/// The active Leaders of the agencies that may be responsible for a dossier's delay (the deciding agency and those it was
/// forwarded to; Nghị định 61/2018/NĐ-CP, Điều 19): whom the desk names as the signer of the apology it prepares.
/// The agency holding the dossier comes first.
/// </summary>
[RequiresRole(Roles.Receptionist, Roles.Leader)]
public sealed record GetApologySigners(Guid Id) : IRequest<IReadOnlyList<ApologySignerDto>>;

internal sealed class GetApologySignersHandler(IAppDbContext db, ICurrentUser user, IOfficialAccounts officials)
    : IRequestHandler<GetApologySigners, IReadOnlyList<ApologySignerDto>>
{
    private const int PageSize = 100;

    public async Task<IReadOnlyList<ApologySignerDto>> Handle(GetApologySigners request, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Steps).Visible(user)
            .SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken) ?? throw DossierAccess.NotFound(request.Id);
        var agencies = dossier.ApologyAgencies.OrderBy(a => a == dossier.CurrentAgencyId ? 0 : 1).ToList();
        var names = await db.Agencies.AsNoTracking().Where(a => agencies.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var found = new List<ApologySignerDto>();
        foreach (var agency in agencies)
        {
            for (var page = 1; ; page++)
            {
                var list = await officials.ListAsync(agency, null, page, PageSize, cancellationToken);
                found.AddRange(list.Items.Where(o => !o.IsLockedOut && o.Roles.Contains(Roles.Leader))
                    .OrderBy(o => o.FullName, StringComparer.CurrentCulture)
                    .Select(o => new ApologySignerDto(o.Id, o.FullName, agency, names.GetValueOrDefault(agency, string.Empty))));
                if (page * PageSize >= list.TotalCount)
                {
                    break;
                }
            }
        }

        return found;
    }
}
