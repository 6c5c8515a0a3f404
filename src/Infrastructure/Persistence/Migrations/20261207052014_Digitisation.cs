using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Digitisation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "documents_digitised_at",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "result_digitised_at",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "dossier_digitised_copies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    document_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    issuing_body = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    media_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    digitised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    digitised_by = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_digitised_copies", x => x.id);
                    table.ForeignKey(
                        name: "fk_dossier_digitised_copies_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_documents_digitised",
                table: "dossiers",
                columns: new[] { "receiving_agency_id", "documents_digitised_at" },
                filter: "documents_digitised_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_result_digitised",
                table: "dossiers",
                columns: new[] { "receiving_agency_id", "result_digitised_at" },
                filter: "result_digitised_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_dossier_digitised_copies_dossier_id",
                table: "dossier_digitised_copies",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossier_digitised_copies_sha256",
                table: "dossier_digitised_copies",
                column: "sha256");

            // Backfill for the service index (Quyết định 766/QĐ-TTg): an online dossier's documents arrived electronic, so they
            // count as digitised from its submission; an electronic result counts as digitised from its issue. Paper dossiers
            // and paper results stay null until the desk records their digitised copies.
            migrationBuilder.Sql("""
                UPDATE dossiers SET documents_digitised_at = submitted_at
                WHERE submission_channel = 'Online' AND submitted_at IS NOT NULL AND documents_digitised_at IS NULL;
                UPDATE dossiers d SET result_digitised_at = r.issued_at
                FROM dossier_results r WHERE r.dossier_id = d.id AND d.result_digitised_at IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_digitised_copies");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_documents_digitised",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_result_digitised",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "documents_digitised_at",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "result_digitised_at",
                table: "dossiers");
        }
    }
}
