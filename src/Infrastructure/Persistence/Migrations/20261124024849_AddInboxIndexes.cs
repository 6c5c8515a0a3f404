using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddInboxIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_dossiers_receiving_agency_id",
                table: "dossiers");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_current_agency_id_due_at_submitted_at",
                table: "dossiers",
                columns: new[] { "current_agency_id", "due_at", "submitted_at" },
                filter: "status IN ('Received', 'SupplementRequested', 'InProcessing', 'AwaitingApproval', 'Resolved', 'Refused')");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_receiving_agency_id_status",
                table: "dossiers",
                columns: new[] { "receiving_agency_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_dossiers_current_agency_id_due_at_submitted_at",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_receiving_agency_id_status",
                table: "dossiers");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_receiving_agency_id",
                table: "dossiers",
                column: "receiving_agency_id");
        }
    }
}
