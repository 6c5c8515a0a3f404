using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DossierReceivedPapersAndSupplementReasons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "received_papers",
                table: "dossiers",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]"); // existing dossiers: nothing recorded

            migrationBuilder.AddColumn<string>(
                name: "supplement_items",
                table: "dossiers",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]"); // existing dossiers: nothing recorded
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "received_papers",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "supplement_items",
                table: "dossiers");
        }
    }
}
