using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Infrastructure.Statistics;

/// <summary>
/// The triggers that keep <c>open_stock_counts</c> equal to the open dossiers counted one by one (decision 0038): per
/// deciding agency and procedure version, the dossiers received and in <see cref="DossierStatusSets.Open"/> — word for word
/// the filter of <c>ix_dossiers_open_statistics</c> (<see cref="DossierIndexFilters.OpenStatistics"/>). Inserts and deletes
/// are counted per statement (a bulk load adds one row per key, not per dossier); an update per row, and only when a
/// dossier enters or leaves the stock or, in it, changes agency or version. No stripes: a dossier enters the stock when a
/// desk receives it and leaves it when a leader decides, so two transactions rarely want one row at once.
/// </summary>
internal static class OpenStockSql
{
    public const string Table = "open_stock_counts";

    /// <summary>Whether <paramref name="row"/> (<c>NEW</c>, <c>OLD</c> or a table alias) is in the open stock.</summary>
    private static string Open(string row) => DossierIndexFilters.OpenStatistics(row + ".");

    /// <summary>Per inserted or deleted statement: the rows' keys counted and added with <paramref name="sign"/>.</summary>
    private static string AddRows(string rows, string sign) => $"""
        INSERT INTO {Table} AS c (deciding_agency_id, procedure_version_id, dossiers)
        SELECT r.deciding_agency_id, r.procedure_version_id, {sign}count(*)::int
        FROM {rows} r
        WHERE {Open("r")}
        GROUP BY r.deciding_agency_id, r.procedure_version_id
        ORDER BY r.deciding_agency_id, r.procedure_version_id
        ON CONFLICT (deciding_agency_id, procedure_version_id) DO UPDATE SET dossiers = c.dossiers + excluded.dossiers;
    """;

    /// <summary>Creates the functions and triggers and counts the dossiers already there, writes held off meanwhile.</summary>
    public static string Install { get; } = $"""
        LOCK TABLE dossiers IN SHARE ROW EXCLUSIVE MODE;

        CREATE FUNCTION open_stock_add(agency uuid, version uuid, delta int) RETURNS void LANGUAGE sql AS $$
            INSERT INTO {Table} AS c (deciding_agency_id, procedure_version_id, dossiers) VALUES (agency, version, delta)
            ON CONFLICT (deciding_agency_id, procedure_version_id) DO UPDATE SET dossiers = c.dossiers + excluded.dossiers;
        $$;

        CREATE FUNCTION open_stock_moved() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            was boolean := {Open("OLD")};
            goes boolean := {Open("NEW")};
        BEGIN
            IF was AND goes AND (OLD.deciding_agency_id, OLD.procedure_version_id) = (NEW.deciding_agency_id, NEW.procedure_version_id) THEN
                RETURN NULL;
            END IF;
            -- The two rows in key order, so that two dossiers moving opposite ways never wait on each other.
            IF was AND (NOT goes OR (OLD.deciding_agency_id, OLD.procedure_version_id) < (NEW.deciding_agency_id, NEW.procedure_version_id)) THEN
                PERFORM open_stock_add(OLD.deciding_agency_id, OLD.procedure_version_id, -1);
                IF goes THEN PERFORM open_stock_add(NEW.deciding_agency_id, NEW.procedure_version_id, 1); END IF;
            ELSE
                IF goes THEN PERFORM open_stock_add(NEW.deciding_agency_id, NEW.procedure_version_id, 1); END IF;
                IF was THEN PERFORM open_stock_add(OLD.deciding_agency_id, OLD.procedure_version_id, -1); END IF;
            END IF;
            RETURN NULL;
        END $$;

        {CountingTriggers.InsertedAndDeleted("open_stock", Table, AddRows)}

        -- Checked before any function runs: a change outside the stock (a draft submitted, a result returned) calls nothing.
        CREATE TRIGGER open_stock_moved AFTER UPDATE OF status, received_at, deciding_agency_id, procedure_version_id ON dossiers
            FOR EACH ROW WHEN (({Open("OLD")} OR {Open("NEW")})
                AND (OLD.status IS DISTINCT FROM NEW.status
                    OR OLD.received_at IS DISTINCT FROM NEW.received_at
                    OR OLD.deciding_agency_id IS DISTINCT FROM NEW.deciding_agency_id
                    OR OLD.procedure_version_id IS DISTINCT FROM NEW.procedure_version_id))
            EXECUTE FUNCTION open_stock_moved();
        {CountingTriggers.StatementTriggers("open_stock")}
        """;

    public static string Uninstall { get; } = $"""
        {CountingTriggers.Uninstall("open_stock")}
        DROP FUNCTION IF EXISTS open_stock_add(uuid, uuid, int);
        """;
}

/// <summary>
/// How many open dossiers one deciding agency has of one procedure version (table <c>open_stock_counts</c>), written only by
/// the triggers of <see cref="OpenStockSql"/>. A row that falls to zero stays.
/// </summary>
internal sealed class OpenStockCountRow
{
    public Guid DecidingAgencyId { get; set; }

    public Guid ProcedureVersionId { get; set; }

    public int Dossiers { get; set; }
}

internal sealed class OpenStockCountRowConfiguration : IEntityTypeConfiguration<OpenStockCountRow>
{
    public void Configure(EntityTypeBuilder<OpenStockCountRow> builder)
    {
        builder.ToTable(OpenStockSql.Table);
        builder.HasKey(c => new { c.DecidingAgencyId, c.ProcedureVersionId });
    }
}
