using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ApologyAndExtension : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "apology",
                table: "dossiers",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "extension",
                table: "dossiers",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "apology",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "extension",
                table: "dossiers");
        }
    }
}
