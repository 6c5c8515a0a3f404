using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddDossierCodeCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dossier_code_counters",
                columns: table => new
                {
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_code_counters", x => new { x.agency_id, x.day });
                    table.ForeignKey(
                        name: "fk_dossier_code_counters_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_code_counters");
        }
    }
}
