using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Infrastructure.Notifications.Reminders;

/// <summary>
/// The morning overdue check's set-based statements (parameter <c>@now</c>), rendered once from the named sets: the rule
/// itself is <see cref="DossierStatusSql.Overdue"/> (<see cref="DossierStatusSets.IsOverdue"/>), the running dossiers are
/// the predicate of <c>ix_dossiers_open</c> and <c>ix_dossiers_overdue_candidates</c>, so each statement can use them.
/// </summary>
internal static class OverdueCheckSql
{
    /// <summary>The running dossiers already marked overdue (the gauge).</summary>
    public static readonly string CountMarked =
        $"SELECT count(*) AS \"Value\" FROM dossiers WHERE overdue_at IS NOT NULL AND {DossierIndexFilters.Running}";

    /// <summary>A running dossier whose due instant moved later (a holiday declared, a supplement) is no longer overdue; a closed one keeps the mark.</summary>
    public static readonly string ClearMoved =
        $"UPDATE dossiers SET overdue_at = NULL WHERE {DossierIndexFilters.Running} AND overdue_at IS NOT NULL AND due_at >= @now";

    /// <summary>Marks the overdue dossiers not yet marked and returns them.</summary>
    public static readonly string MarkDossiers =
        $"""
        UPDATE dossiers SET overdue_at = @now
        WHERE overdue_at IS NULL AND {DossierStatusSql.Overdue("@now")}
        RETURNING id AS dossier_id, code, current_agency_id AS agency_id, assignee_id, due_at AS deadline
        """;

    /// <summary>Marks the current steps past their own deadline (<see cref="DossierStatusSets.Processing"/>) and returns them.</summary>
    public static readonly string MarkSteps =
        $"""
        WITH current_step AS (
          SELECT d.id AS dossier_id, d.code, d.current_agency_id AS agency_id, d.assignee_id, st.id AS step_id, st.deadline
          FROM dossiers d
          CROSS JOIN LATERAL (
            SELECT s.id, s.deadline, s.overdue_at FROM dossier_steps s
            WHERE s.dossier_id = d.id AND s.deadline IS NOT NULL ORDER BY s.sequence DESC LIMIT 1) st
          WHERE {DossierStatusSql.In(DossierStatusSets.Processing, "d.")} AND st.overdue_at IS NULL AND st.deadline < @now)
        UPDATE dossier_steps s SET overdue_at = @now FROM current_step c WHERE s.id = c.step_id
        RETURNING c.dossier_id, c.code, c.agency_id, c.assignee_id, c.deadline
        """;

    /// <summary>The marked running dossiers without an apology letter.</summary>
    public static readonly string NeedApology =
        $"""
        SELECT current_agency_id AS agency_id, code, due_at
        FROM dossiers WHERE overdue_at IS NOT NULL AND NOT apology_issued AND {DossierIndexFilters.Running}
        """;
}
