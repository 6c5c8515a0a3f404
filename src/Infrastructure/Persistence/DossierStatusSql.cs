using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Infrastructure.Persistence;

/// <summary>
/// The named status sets of <see cref="DossierStatusSets"/> as SQL, for the partial indexes and the set-based statements
/// that cannot be LINQ. Rendered in the enum's order with the names the <c>status</c> column stores, so a filter rendered
/// here is word for word the one in the migrations and the planner can match a query's predicate to the index's.
/// </summary>
internal static class DossierStatusSql
{
    /// <summary><c>status IN ('A', 'B')</c> for <paramref name="set"/>; <paramref name="alias"/> prefixes the column (e.g. <c>d.</c>).</summary>
    public static string In(IReadOnlySet<DossierStatus> set, string alias = "")
    {
        ArgumentNullException.ThrowIfNull(set);
        return $"{alias}status IN ({string.Join(", ", set.Order().Select(s => $"'{s}'"))})";
    }

    /// <summary>
    /// <see cref="DossierStatusSets.IsOverdue"/> in SQL: the clock runs and <paramref name="now"/> (a parameter name such as
    /// <c>@now</c>) is past the due instant.
    /// </summary>
    public static string Overdue(string now, string alias = "") => $"{In(DossierStatusSets.Running, alias)} AND {alias}due_at < {now}";
}

/// <summary>
/// The filters of the partial indexes on <c>dossiers</c>, each from the named set it serves. The configuration and the
/// raw statements read them from here; a test compares them with the indexes in a migrated database.
/// </summary>
internal static class DossierIndexFilters
{
    /// <summary>The inbox of the holding agency (<see cref="DossierStatusSets.WithAgency"/>).</summary>
    public static string Inbox { get; } = DossierStatusSql.In(DossierStatusSets.WithAgency);

    /// <summary>The morning check's candidates: running and not yet marked (<see cref="DossierStatusSets.Running"/>).</summary>
    public static string OverdueCandidates { get; } = "overdue_at IS NULL AND " + DossierStatusSql.In(DossierStatusSets.Running);

    /// <summary>The rest of the check: the dossiers whose clock runs (<see cref="DossierStatusSets.Running"/>).</summary>
    public static string Running { get; } = DossierStatusSql.In(DossierStatusSets.Running);

    /// <summary>The statistics' open dossiers (<see cref="DossierStatusSets.Open"/>), received; <paramref name="alias"/> prefixes the columns.</summary>
    public static string OpenStatistics(string alias = "") => $"{DossierStatusSql.In(DossierStatusSets.Open, alias)} AND {alias}received_at IS NOT NULL";

    /// <summary>A specialist's own dossiers (no status set).</summary>
    public static string Assigned { get; } = "assignee_id IS NOT NULL";

    /// <summary>Every partial index on <c>dossiers</c> by name, with its filter.</summary>
    public static IReadOnlyDictionary<string, string> ByIndex { get; } = new Dictionary<string, string>
    {
        ["ix_dossiers_current_agency_id_due_at_submitted_at"] = Inbox,
        ["ix_dossiers_overdue_candidates"] = OverdueCandidates,
        ["ix_dossiers_open"] = Running,
        ["ix_dossiers_open_statistics"] = OpenStatistics(),
        ["ix_dossiers_assignee_id_status_due_at"] = Assigned,
    };
}
