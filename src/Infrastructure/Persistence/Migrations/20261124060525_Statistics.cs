using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Statistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agency_daily_stats",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    deciding_agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    received = table.Column<int>(type: "integer", nullable: false),
                    resolved_early = table.Column<int>(type: "integer", nullable: false),
                    resolved_on_time = table.Column<int>(type: "integer", nullable: false),
                    resolved_late = table.Column<int>(type: "integer", nullable: false),
                    refused = table.Column<int>(type: "integer", nullable: false),
                    withdrawn = table.Column<int>(type: "integer", nullable: false),
                    stopped = table.Column<int>(type: "integer", nullable: false),
                    rated_very_satisfied = table.Column<int>(type: "integer", nullable: false),
                    rated_satisfied = table.Column<int>(type: "integer", nullable: false),
                    rated_unsatisfied = table.Column<int>(type: "integer", nullable: false),
                    paid_count = table.Column<int>(type: "integer", nullable: false),
                    paid_vnd = table.Column<long>(type: "bigint", nullable: false),
                    refunded_count = table.Column<int>(type: "integer", nullable: false),
                    refunded_vnd = table.Column<long>(type: "bigint", nullable: false),
                    timed_count = table.Column<int>(type: "integer", nullable: false),
                    used_minutes = table.Column<long>(type: "bigint", nullable: false),
                    limit_minutes = table.Column<long>(type: "bigint", nullable: false),
                    rebuilt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agency_daily_stats", x => new { x.day, x.deciding_agency_id, x.channel });
                });

            migrationBuilder.CreateTable(
                name: "agency_monthly_stats",
                columns: table => new
                {
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    deciding_agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    received = table.Column<int>(type: "integer", nullable: false),
                    resolved_early = table.Column<int>(type: "integer", nullable: false),
                    resolved_on_time = table.Column<int>(type: "integer", nullable: false),
                    resolved_late = table.Column<int>(type: "integer", nullable: false),
                    refused = table.Column<int>(type: "integer", nullable: false),
                    withdrawn = table.Column<int>(type: "integer", nullable: false),
                    stopped = table.Column<int>(type: "integer", nullable: false),
                    rated_very_satisfied = table.Column<int>(type: "integer", nullable: false),
                    rated_satisfied = table.Column<int>(type: "integer", nullable: false),
                    rated_unsatisfied = table.Column<int>(type: "integer", nullable: false),
                    paid_count = table.Column<int>(type: "integer", nullable: false),
                    paid_vnd = table.Column<long>(type: "bigint", nullable: false),
                    refunded_count = table.Column<int>(type: "integer", nullable: false),
                    refunded_vnd = table.Column<long>(type: "bigint", nullable: false),
                    timed_count = table.Column<int>(type: "integer", nullable: false),
                    used_minutes = table.Column<long>(type: "bigint", nullable: false),
                    limit_minutes = table.Column<long>(type: "bigint", nullable: false),
                    rebuilt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agency_monthly_stats", x => new { x.month, x.deciding_agency_id, x.channel });
                });

            migrationBuilder.CreateTable(
                name: "dossier_daily_stats",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    deciding_agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    procedure_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    received = table.Column<int>(type: "integer", nullable: false),
                    resolved_early = table.Column<int>(type: "integer", nullable: false),
                    resolved_on_time = table.Column<int>(type: "integer", nullable: false),
                    resolved_late = table.Column<int>(type: "integer", nullable: false),
                    refused = table.Column<int>(type: "integer", nullable: false),
                    withdrawn = table.Column<int>(type: "integer", nullable: false),
                    stopped = table.Column<int>(type: "integer", nullable: false),
                    rated_very_satisfied = table.Column<int>(type: "integer", nullable: false),
                    rated_satisfied = table.Column<int>(type: "integer", nullable: false),
                    rated_unsatisfied = table.Column<int>(type: "integer", nullable: false),
                    paid_count = table.Column<int>(type: "integer", nullable: false),
                    paid_vnd = table.Column<long>(type: "bigint", nullable: false),
                    refunded_count = table.Column<int>(type: "integer", nullable: false),
                    refunded_vnd = table.Column<long>(type: "bigint", nullable: false),
                    timed_count = table.Column<int>(type: "integer", nullable: false),
                    used_minutes = table.Column<long>(type: "bigint", nullable: false),
                    limit_minutes = table.Column<long>(type: "bigint", nullable: false),
                    rebuilt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    procedure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_level = table.Column<int>(type: "integer", nullable: false),
                    field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_daily_stats", x => new { x.day, x.deciding_agency_id, x.procedure_version_id, x.channel });
                });

            migrationBuilder.CreateTable(
                name: "dossier_monthly_stats",
                columns: table => new
                {
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    deciding_agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    procedure_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    received = table.Column<int>(type: "integer", nullable: false),
                    resolved_early = table.Column<int>(type: "integer", nullable: false),
                    resolved_on_time = table.Column<int>(type: "integer", nullable: false),
                    resolved_late = table.Column<int>(type: "integer", nullable: false),
                    refused = table.Column<int>(type: "integer", nullable: false),
                    withdrawn = table.Column<int>(type: "integer", nullable: false),
                    stopped = table.Column<int>(type: "integer", nullable: false),
                    rated_very_satisfied = table.Column<int>(type: "integer", nullable: false),
                    rated_satisfied = table.Column<int>(type: "integer", nullable: false),
                    rated_unsatisfied = table.Column<int>(type: "integer", nullable: false),
                    paid_count = table.Column<int>(type: "integer", nullable: false),
                    paid_vnd = table.Column<long>(type: "bigint", nullable: false),
                    refunded_count = table.Column<int>(type: "integer", nullable: false),
                    refunded_vnd = table.Column<long>(type: "bigint", nullable: false),
                    timed_count = table.Column<int>(type: "integer", nullable: false),
                    used_minutes = table.Column<long>(type: "bigint", nullable: false),
                    limit_minutes = table.Column<long>(type: "bigint", nullable: false),
                    rebuilt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    procedure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_level = table.Column<int>(type: "integer", nullable: false),
                    field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_monthly_stats", x => new { x.month, x.deciding_agency_id, x.procedure_version_id, x.channel });
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_open_statistics",
                table: "dossiers",
                columns: new[] { "deciding_agency_id", "procedure_id" },
                filter: "status IN ('Received', 'SupplementRequested', 'InProcessing', 'AwaitingApproval') AND received_at IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "procedure_version_id", "status", "due_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agency_daily_stats");

            migrationBuilder.DropTable(
                name: "agency_monthly_stats");

            migrationBuilder.DropTable(
                name: "dossier_daily_stats");

            migrationBuilder.DropTable(
                name: "dossier_monthly_stats");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_open_statistics",
                table: "dossiers");
        }
    }
}
