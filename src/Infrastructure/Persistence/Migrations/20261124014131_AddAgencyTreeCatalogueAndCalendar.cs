using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddAgencyTreeCatalogueAndCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<string>(
                name: "contact_address",
                table: "agencies",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_email",
                table: "agencies",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_phone",
                table: "agencies",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_reception_hours",
                table: "agencies",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "decides",
                table: "agencies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "agencies",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "level_code",
                table: "agencies",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "name_en",
                table: "agencies",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "receives",
                table: "agencies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "administrative_levels",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_en = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_administrative_levels", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "calendar_years",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sources = table.Column<string>(type: "jsonb", nullable: false),
                    days_off = table.Column<string>(type: "jsonb", nullable: false),
                    make_up_working_days = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_years", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "procedures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    national_code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    is_listed = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedures", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "procedure_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    procedure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    deciding_level_code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    service_level = table.Column<int>(type: "integer", nullable: false),
                    applicant_types = table.Column<int>(type: "integer", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedure_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_procedure_versions_procedures_procedure_id",
                        column: x => x.procedure_id,
                        principalTable: "procedures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agencies_level_code_kind",
                table: "agencies",
                columns: new[] { "level_code", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_procedure_versions_field_deciding_level_code_service_level",
                table: "procedure_versions",
                columns: new[] { "field", "deciding_level_code", "service_level" },
                filter: "status = 'Published'");

            migrationBuilder.CreateIndex(
                name: "ix_procedure_versions_procedure_id_number",
                table: "procedure_versions",
                columns: new[] { "procedure_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_procedure_versions_procedure_id_status",
                table: "procedure_versions",
                columns: new[] { "procedure_id", "status" },
                unique: true,
                filter: "status IN ('Published', 'Draft')");

            migrationBuilder.CreateIndex(
                name: "ix_procedure_versions_search_text",
                table: "procedure_versions",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_procedures_national_code",
                table: "procedures",
                column: "national_code");

            migrationBuilder.AddForeignKey(
                name: "fk_agencies_administrative_levels_level_code",
                table: "agencies",
                column: "level_code",
                principalTable: "administrative_levels",
                principalColumn: "code",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_agencies_administrative_levels_level_code",
                table: "agencies");

            migrationBuilder.DropTable(
                name: "administrative_levels");

            migrationBuilder.DropTable(
                name: "calendar_years");

            migrationBuilder.DropTable(
                name: "procedure_versions");

            migrationBuilder.DropTable(
                name: "procedures");

            migrationBuilder.DropIndex(
                name: "ix_agencies_level_code_kind",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "contact_address",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "contact_email",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "contact_phone",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "contact_reception_hours",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "decides",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "level_code",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "name_en",
                table: "agencies");

            migrationBuilder.DropColumn(
                name: "receives",
                table: "agencies");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
