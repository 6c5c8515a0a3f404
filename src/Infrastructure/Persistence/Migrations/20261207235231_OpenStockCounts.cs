using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OpenStockCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_dossiers_open_statistics",
                table: "dossiers");

            migrationBuilder.CreateTable(
                name: "open_stock_counts",
                columns: table => new
                {
                    deciding_agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    procedure_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossiers = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_open_stock_counts", x => new { x.deciding_agency_id, x.procedure_version_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_open_statistics",
                table: "dossiers",
                column: "due_at",
                filter: "status IN ('Received', 'SupplementRequested', 'InProcessing', 'AwaitingApproval') AND received_at IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "deciding_agency_id", "procedure_id", "procedure_version_id", "status" });

            // The triggers, and the counts of the open dossiers already there (decision 0038).
            migrationBuilder.Sql(HanoiDvc.Infrastructure.Statistics.OpenStockSql.Install);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(HanoiDvc.Infrastructure.Statistics.OpenStockSql.Uninstall);
            migrationBuilder.DropTable(
                name: "open_stock_counts");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_open_statistics",
                table: "dossiers");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_open_statistics",
                table: "dossiers",
                columns: new[] { "deciding_agency_id", "procedure_id" },
                filter: "status IN ('Received', 'SupplementRequested', 'InProcessing', 'AwaitingApproval') AND received_at IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "procedure_version_id", "status", "due_at" });
        }
    }
}
