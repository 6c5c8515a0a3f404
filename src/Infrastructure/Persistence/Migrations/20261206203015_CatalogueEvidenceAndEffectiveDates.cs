using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueEvidenceAndEffectiveDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_procedure_versions_procedure_id_status",
                table: "procedure_versions");

            migrationBuilder.AddColumn<DateOnly>(
                name: "effective_from",
                table: "procedure_versions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "verified",
                table: "procedure_versions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "ix_procedure_versions_procedure_id_status",
                table: "procedure_versions",
                columns: new[] { "procedure_id", "status" },
                unique: true,
                filter: "status IN ('Published', 'Draft', 'Scheduled')");

            // Versions published before the setting apply from their publication day (Hanoi time); the evidence flag
            // follows the content when it says it was verified.
            migrationBuilder.Sql("""
                UPDATE procedure_versions SET effective_from = (published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date WHERE published_at IS NOT NULL;
                UPDATE procedure_versions SET verified = true WHERE content -> 'evidence' ->> 'verified' = 'true';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_procedure_versions_procedure_id_status",
                table: "procedure_versions");

            migrationBuilder.DropColumn(
                name: "effective_from",
                table: "procedure_versions");

            migrationBuilder.DropColumn(
                name: "verified",
                table: "procedure_versions");

            migrationBuilder.CreateIndex(
                name: "ix_procedure_versions_procedure_id_status",
                table: "procedure_versions",
                columns: new[] { "procedure_id", "status" },
                unique: true,
                filter: "status IN ('Published', 'Draft')");
        }
    }
}
