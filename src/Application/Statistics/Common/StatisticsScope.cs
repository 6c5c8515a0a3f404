namespace HanoiDvc.Application.Statistics.Common;

/// <summary>
/// Which deciding agencies a statistics request covers: a SystemAdmin sees every agency; a Leader or an AgencyAdmin their
/// own agency and the agencies below it (<see cref="IAgencyScope"/>). Asking for one agency narrows that to its subtree:
/// an unknown agency is 404, one outside the caller's tree 403.
/// </summary>
internal sealed class StatisticsScope(ICurrentUser user, IAgencyScope agencies, IReadDbContext db)
{
    /// <summary>The agencies to count; null for all.</summary>
    public async Task<IReadOnlySet<Guid>?> AgenciesAsync(Guid? agencyId, CancellationToken cancellationToken)
    {
        IReadOnlySet<Guid>? visible = null;
        if (!user.IsInRole(Roles.SystemAdmin))
        {
            var own = user.AgencyId ?? throw new ForbiddenAccessException("Statistics are shown to officials of an agency.");
            visible = await agencies.SubtreeAsync(own, cancellationToken);
        }

        if (agencyId is not { } asked)
        {
            return visible;
        }

        if (!await db.Agencies.AnyAsync(a => a.Id == asked, cancellationToken))
        {
            throw new NotFoundException("Agency", asked);
        }

        if (visible is not null && !visible.Contains(asked))
        {
            throw new ForbiddenAccessException("The agency is outside the agencies you oversee.");
        }

        return await agencies.SubtreeAsync(asked, cancellationToken);
    }

    /// <summary>The slice of a request, scoped.</summary>
    public async Task<StatisticsSlice> SliceAsync(IStatisticsFilter filter, CancellationToken cancellationToken) =>
        new(filter.From, filter.To, await AgenciesAsync(filter.AgencyId, cancellationToken), filter.Level, filter.Field, filter.ProcedureId);
}
