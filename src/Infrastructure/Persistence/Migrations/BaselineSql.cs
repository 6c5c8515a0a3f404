using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace HanoiDvc.Infrastructure.Persistence.Migrations;

/// <summary>
/// What the baseline creates that the EF model cannot express: hand-written SQL, run after the generated
/// <c>Up</c> (every table exists by then). The generated <c>*_Baseline.cs</c> stays untouched, so
/// <c>scripts/squash-migrations.sh</c> can regenerate it at any time; this file is kept across squashes.
/// <c>scripts/check-baseline.sh</c> proves that the result equals <c>Baseline.schema.sql</c>.
/// </summary>
public partial class Baseline
{
    /// <summary>
    /// Guards the audit trail (decision 0011): any UPDATE or DELETE of <c>audit_records</c>, even of no rows, fails.
    /// TRUNCATE by the owner stays possible (test resets, a deliberate purge by the DBA).
    /// </summary>
    internal const string AuditRecordsAppendOnly = """
        CREATE FUNCTION audit_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit_records is append-only: % is not allowed', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END;
        $$;
        CREATE TRIGGER audit_records_append_only
            BEFORE UPDATE OR DELETE ON audit_records
            FOR EACH STATEMENT EXECUTE FUNCTION audit_records_append_only();
        """;

    /// <summary>
    /// Today's statistics are counted live from the dossiers with an event today (decision 0016's "live part"): this
    /// expression index finds them without scanning the table. greatest() ignores nulls, so a dossier's latest event
    /// instant is its key. EF cannot model an expression index.
    /// </summary>
    internal const string DossiersLastEventIndex = """
        CREATE INDEX ix_dossiers_last_event ON dossiers ((greatest(received_at, resolved_at, closed_at, rated_at, paid_at, refunded_at)));
        """;

    /// <summary>
    /// Column defaults the model does not declare: they were left by migrations that added a required column to a
    /// table with rows. The application always writes these columns; the defaults remain for SQL that inserts rows
    /// without naming them (bench/generate-dossiers.sql, bench/copy-drafts.sql, bench/pgbench/submit.sql).
    /// An online-payment-less default payment term means "owes nothing online", as for dossiers started before payments.
    /// </summary>
    internal const string ColumnDefaults = """
        ALTER TABLE "AspNetUsers" ALTER COLUMN identity_verified SET DEFAULT false;
        ALTER TABLE agencies ALTER COLUMN code_verified SET DEFAULT false;
        ALTER TABLE agencies ALTER COLUMN decides SET DEFAULT false;
        ALTER TABLE agencies ALTER COLUMN kind SET DEFAULT '';
        ALTER TABLE agencies ALTER COLUMN level_code SET DEFAULT '';
        ALTER TABLE agencies ALTER COLUMN name_en SET DEFAULT '';
        ALTER TABLE agencies ALTER COLUMN receives SET DEFAULT false;
        ALTER TABLE dossiers ALTER COLUMN amount_due_vnd SET DEFAULT 0;
        ALTER TABLE dossiers ALTER COLUMN payment_status SET DEFAULT 'NotDue';
        ALTER TABLE dossiers ALTER COLUMN payment_terms SET DEFAULT '{"fees":[],"due":"before-reception","online":false}';
        ALTER TABLE dossiers ALTER COLUMN received_papers SET DEFAULT '[]';
        ALTER TABLE dossiers ALTER COLUMN required_documents SET DEFAULT '[]'::jsonb;
        ALTER TABLE dossiers ALTER COLUMN result_data SET DEFAULT '{}';
        ALTER TABLE dossiers ALTER COLUMN supplement_items SET DEFAULT '[]';
        ALTER TABLE procedure_versions ALTER COLUMN verified SET DEFAULT false;
        """;

    /// <summary>Undone before the generated <c>Down</c> drops the tables (the trigger goes with its table, the function does not).</summary>
    internal const string DropAuditRecordsAppendOnly = """
        DROP TRIGGER IF EXISTS audit_records_append_only ON audit_records;
        DROP FUNCTION IF EXISTS audit_records_append_only();
        """;

    /// <inheritdoc />
    public override IReadOnlyList<MigrationOperation> UpOperations =>
        [.. base.UpOperations, Sql(AuditRecordsAppendOnly), Sql(DossiersLastEventIndex), Sql(ColumnDefaults)];

    /// <inheritdoc />
    public override IReadOnlyList<MigrationOperation> DownOperations =>
        [Sql(DropAuditRecordsAppendOnly), .. base.DownOperations];

    private static SqlOperation Sql(string sql) => new() { Sql = sql };
}
