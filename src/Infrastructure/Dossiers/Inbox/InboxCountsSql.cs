using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Infrastructure.Dossiers.Inbox;

/// <summary>
/// The triggers that keep <c>inbox_counts</c> equal to the dossiers counted one by one (decision 0036). A dossier counts
/// at most once: for its holding agency while in <see cref="DossierStatusSets.WithAgency"/> (<see cref="DossierIndexFilters.Inbox"/>,
/// the inbox index's set), or for its receiving agency while <see cref="DossierStatus.Submitted"/> — the two halves of
/// <c>InboxQueries.Halves</c>. Inserts and deletes are counted per statement (a bulk load adds one row per key, not per
/// dossier); an update per row, and only when the state or an agency changes.
/// </summary>
internal static class InboxCountsSql
{
    public const string Table = "inbox_counts";

    /// <summary>Rows per agency and state that concurrent transitions spread over.</summary>
    public const int Stripes = 16;

    /// <summary>The agency <paramref name="row"/> (<c>NEW</c>, <c>OLD</c> or a table alias) counts for, or NULL.</summary>
    private static string AgencyOf(string row) =>
        $"CASE WHEN {DossierStatusSql.In(DossierStatusSets.WithAgency, row + ".")} THEN {row}.current_agency_id "
        + $"WHEN {row}.status = '{DossierStatus.Submitted}' THEN {row}.receiving_agency_id END";

    private static string StripeOf(string row) => $"(get_byte(uuid_send({row}.id), 15) % {Stripes})::smallint";

    /// <summary>Per inserted or deleted statement: the rows' keys counted and added with <paramref name="sign"/>.</summary>
    private static string AddRows(string rows, string sign) => $"""
        INSERT INTO {Table} AS c (agency_id, status, stripe, dossiers)
        SELECT k.agency_id, k.status, k.stripe, {sign}count(*)::int
        FROM (SELECT {AgencyOf("r")} AS agency_id, r.status, {StripeOf("r")} AS stripe FROM {rows} r) k
        WHERE k.agency_id IS NOT NULL
        GROUP BY k.agency_id, k.status, k.stripe
        ORDER BY k.agency_id, k.status, k.stripe
        ON CONFLICT (agency_id, status, stripe) DO UPDATE SET dossiers = c.dossiers + excluded.dossiers;
    """;

    /// <summary>Creates the functions and triggers and counts the dossiers already there, writes held off meanwhile.</summary>
    public static string Install { get; } = $"""
        LOCK TABLE dossiers IN SHARE ROW EXCLUSIVE MODE;

        CREATE FUNCTION inbox_counts_add(agency uuid, state varchar, stripe smallint, delta int) RETURNS void LANGUAGE sql AS $$
            INSERT INTO {Table} AS c (agency_id, status, stripe, dossiers) VALUES (agency, state, stripe, delta)
            ON CONFLICT (agency_id, status, stripe) DO UPDATE SET dossiers = c.dossiers + excluded.dossiers;
        $$;

        CREATE FUNCTION inbox_counts_moved() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            was uuid := {AgencyOf("OLD")};
            goes uuid := {AgencyOf("NEW")};
            stripe smallint := {StripeOf("NEW")};
        BEGIN
            IF was IS NOT DISTINCT FROM goes AND OLD.status = NEW.status THEN
                RETURN NULL;
            END IF;
            -- The two rows in key order, so that two dossiers moving opposite ways never wait on each other.
            IF was IS NOT NULL AND (goes IS NULL OR (was, OLD.status) < (goes, NEW.status)) THEN
                PERFORM inbox_counts_add(was, OLD.status, stripe, -1);
                IF goes IS NOT NULL THEN PERFORM inbox_counts_add(goes, NEW.status, stripe, 1); END IF;
            ELSE
                IF goes IS NOT NULL THEN PERFORM inbox_counts_add(goes, NEW.status, stripe, 1); END IF;
                IF was IS NOT NULL THEN PERFORM inbox_counts_add(was, OLD.status, stripe, -1); END IF;
            END IF;
            RETURN NULL;
        END $$;

        {CountingTriggers.InsertedAndDeleted("inbox_counts", Table, AddRows)}

        CREATE TRIGGER inbox_counts_moved AFTER UPDATE OF status, current_agency_id, receiving_agency_id ON dossiers
            FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status
                OR OLD.current_agency_id IS DISTINCT FROM NEW.current_agency_id
                OR OLD.receiving_agency_id IS DISTINCT FROM NEW.receiving_agency_id)
            EXECUTE FUNCTION inbox_counts_moved();
        {CountingTriggers.StatementTriggers("inbox_counts")}
        """;

    public static string Uninstall { get; } = $"""
        {CountingTriggers.Uninstall("inbox_counts")}
        DROP FUNCTION IF EXISTS inbox_counts_add(uuid, varchar, smallint, int);
        """;
}
