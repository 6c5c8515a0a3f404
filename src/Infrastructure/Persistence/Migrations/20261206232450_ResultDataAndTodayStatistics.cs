using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ResultDataAndTodayStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "result_data",
                table: "dossiers",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "result_data_recorded_at",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);

            // Today's statistics are counted live from the dossiers with an event today (decision 0016's "live part"): this index finds
            // them without scanning the table. greatest() ignores nulls, so a dossier's latest event instant is its key.
            migrationBuilder.Sql(
                "CREATE INDEX ix_dossiers_last_event ON dossiers ((greatest(received_at, resolved_at, closed_at, rated_at, paid_at, refunded_at)));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_dossiers_last_event;");

            migrationBuilder.DropColumn(
                name: "result_data",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "result_data_recorded_at",
                table: "dossiers");
        }
    }
}
