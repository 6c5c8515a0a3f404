namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>
/// The named status sets of <see cref="DossierStatusSets"/> in LINQ. The states are inlined as constants (not a parameter)
/// so that PostgreSQL can prove a partial index's predicate, whose filter is rendered from the same set.
/// </summary>
public static class DossierStatusQueries
{
    /// <summary>The dossiers whose status is in <paramref name="set"/>.</summary>
    public static IQueryable<Dossier> InSet(this IQueryable<Dossier> dossiers, IEnumerable<DossierStatus> set)
    {
        DossierStatus[] statuses = [.. set.Order()];
        return dossiers.Where(d => EF.Constant(statuses).Contains(d.Status));
    }

    /// <summary>The overdue dossiers at <paramref name="now"/>: <see cref="DossierStatusSets.IsOverdue"/> as a query.</summary>
    public static IQueryable<Dossier> Overdue(this IQueryable<Dossier> dossiers, DateTimeOffset now) =>
        dossiers.InSet(DossierStatusSets.Running).Where(d => d.DueAt < now);
}
