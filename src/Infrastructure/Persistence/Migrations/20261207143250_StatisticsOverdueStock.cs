using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Two counters per statistics row, so the open and overdue dossiers at the end of a past day are read from the tables
    /// rather than reconstructed from every dossier (decision 0035). Existing rows get the counters computed from the dossiers,
    /// for the days the tables already hold; later rebuilds compute them like every other counter.
    /// </summary>
    public partial class StatisticsOverdueStock : Migration
    {
        private const string Zone = "Asia/Ho_Chi_Minh";

        /// <summary>The counters before this migration: zero in the rows it adds (days with no other event).</summary>
        private const string OtherCounters =
            "received, resolved_early, resolved_on_time, resolved_late, refused, withdrawn, stopped, rated_very_satisfied, rated_satisfied, " +
            "rated_unsatisfied, paid_count, paid_vnd, refunded_count, refunded_vnd, timed_count, used_minutes, limit_minutes, received_with_fee, " +
            "received_paid_online, resolved_electronic_result, resolved_unsatisfied, received_digitised, received_reusing";

        private static readonly string Zeros = string.Join(", ", OtherCounters.Split(", ").Select(_ => "0"));

        private const string Backfill = $$"""
            INSERT INTO dossier_daily_stats (day, deciding_agency_id, procedure_version_id, channel, procedure_id, service_level, field, {0}, overdue_started, overdue_ended, rebuilt_at)
            SELECT t.day, t.deciding_agency_id, t.procedure_version_id, t.channel, v.procedure_id, v.service_level, v.field, {1},
                   count(*) FILTER (WHERE t.kind = 'started'), count(*) FILTER (WHERE t.kind = 'ended'), (SELECT max(rebuilt_at) FROM dossier_monthly_stats)
            FROM (
              SELECT (e.at AT TIME ZONE '{{Zone}}')::date AS day, e.kind, d.deciding_agency_id, d.procedure_version_id, d.submission_channel AS channel
              FROM dossiers d
              CROSS JOIN LATERAL (SELECT greatest(d.received_at, d.due_at) AS started,
                                         CASE WHEN d.resolved_at IS NOT NULL THEN greatest(d.resolved_at, d.received_at) WHEN d.status IN ('Withdrawn', 'Stopped') THEN greatest(d.closed_at, d.received_at) END AS ended) w
              CROSS JOIN LATERAL (VALUES ('started', w.started), ('ended', w.ended)) AS e(kind, at)
              WHERE d.received_at IS NOT NULL AND d.due_at IS NOT NULL AND e.at IS NOT NULL
                AND (w.ended IS NULL OR (w.ended AT TIME ZONE '{{Zone}}')::date > (w.started AT TIME ZONE '{{Zone}}')::date)
            ) t
            JOIN procedure_versions v ON v.id = t.procedure_version_id
            WHERE t.day BETWEEN (SELECT min(day) FROM dossier_daily_stats) AND (SELECT max(day) FROM dossier_daily_stats)
            GROUP BY t.day, t.deciding_agency_id, t.procedure_version_id, t.channel, v.procedure_id, v.service_level, v.field
            ON CONFLICT (day, deciding_agency_id, procedure_version_id, channel)
            DO UPDATE SET overdue_started = excluded.overdue_started, overdue_ended = excluded.overdue_ended;

            INSERT INTO agency_daily_stats (day, deciding_agency_id, channel, {0}, overdue_started, overdue_ended, rebuilt_at)
            SELECT day, deciding_agency_id, channel, {1}, sum(overdue_started), sum(overdue_ended), max(rebuilt_at)
            FROM dossier_daily_stats GROUP BY day, deciding_agency_id, channel HAVING sum(overdue_started) + sum(overdue_ended) > 0
            ON CONFLICT (day, deciding_agency_id, channel)
            DO UPDATE SET overdue_started = excluded.overdue_started, overdue_ended = excluded.overdue_ended;

            INSERT INTO dossier_monthly_stats (month, deciding_agency_id, procedure_version_id, channel, procedure_id, service_level, field, {0}, overdue_started, overdue_ended, rebuilt_at)
            SELECT date_trunc('month', day)::date, deciding_agency_id, procedure_version_id, channel, procedure_id, service_level, field, {1},
                   sum(overdue_started), sum(overdue_ended), max(rebuilt_at)
            FROM dossier_daily_stats GROUP BY 1, deciding_agency_id, procedure_version_id, channel, procedure_id, service_level, field
            HAVING sum(overdue_started) + sum(overdue_ended) > 0
            ON CONFLICT (month, deciding_agency_id, procedure_version_id, channel)
            DO UPDATE SET overdue_started = excluded.overdue_started, overdue_ended = excluded.overdue_ended;

            INSERT INTO agency_monthly_stats (month, deciding_agency_id, channel, {0}, overdue_started, overdue_ended, rebuilt_at)
            SELECT date_trunc('month', day)::date, deciding_agency_id, channel, {1}, sum(overdue_started), sum(overdue_ended), max(rebuilt_at)
            FROM agency_daily_stats GROUP BY 1, deciding_agency_id, channel HAVING sum(overdue_started) + sum(overdue_ended) > 0
            ON CONFLICT (month, deciding_agency_id, channel)
            DO UPDATE SET overdue_started = excluded.overdue_started, overdue_ended = excluded.overdue_ended;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "overdue_ended",
                table: "dossier_monthly_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "overdue_started",
                table: "dossier_monthly_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "overdue_ended",
                table: "dossier_daily_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "overdue_started",
                table: "dossier_daily_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "overdue_ended",
                table: "agency_monthly_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "overdue_started",
                table: "agency_monthly_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "overdue_ended",
                table: "agency_daily_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "overdue_started",
                table: "agency_daily_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql(string.Format(System.Globalization.CultureInfo.InvariantCulture, Backfill, OtherCounters, Zeros));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "overdue_ended",
                table: "dossier_monthly_stats");

            migrationBuilder.DropColumn(
                name: "overdue_started",
                table: "dossier_monthly_stats");

            migrationBuilder.DropColumn(
                name: "overdue_ended",
                table: "dossier_daily_stats");

            migrationBuilder.DropColumn(
                name: "overdue_started",
                table: "dossier_daily_stats");

            migrationBuilder.DropColumn(
                name: "overdue_ended",
                table: "agency_monthly_stats");

            migrationBuilder.DropColumn(
                name: "overdue_started",
                table: "agency_monthly_stats");

            migrationBuilder.DropColumn(
                name: "overdue_ended",
                table: "agency_daily_stats");

            migrationBuilder.DropColumn(
                name: "overdue_started",
                table: "agency_daily_stats");
        }
    }
}
