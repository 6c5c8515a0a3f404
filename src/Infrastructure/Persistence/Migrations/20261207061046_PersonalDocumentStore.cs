using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PersonalDocumentStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "source_document_id",
                table: "dossier_attachments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "personal_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    issuing_body = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    media_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    origin = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    origin_dossier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    origin_dossier_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    origin_agency_id = table.Column<Guid>(type: "uuid", nullable: true),
                    origin_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    edited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    removed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_personal_documents", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossier_attachments_source_document_id",
                table: "dossier_attachments",
                column: "source_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_personal_documents_owner_id_origin_at",
                table: "personal_documents",
                columns: new[] { "owner_id", "origin_at" });

            migrationBuilder.CreateIndex(
                name: "ix_personal_documents_owner_id_origin_dossier_id_origin_sha256",
                table: "personal_documents",
                columns: new[] { "owner_id", "origin_dossier_id", "origin", "sha256", "document_type" },
                unique: true,
                filter: "origin_dossier_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_personal_documents_sha256",
                table: "personal_documents",
                column: "sha256");

            migrationBuilder.AddForeignKey(
                name: "fk_dossier_attachments_personal_documents_source_document_id",
                table: "dossier_attachments",
                column: "source_document_id",
                principalTable: "personal_documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_dossier_attachments_personal_documents_source_document_id",
                table: "dossier_attachments");

            migrationBuilder.DropTable(
                name: "personal_documents");

            migrationBuilder.DropIndex(
                name: "ix_dossier_attachments_source_document_id",
                table: "dossier_attachments");

            migrationBuilder.DropColumn(
                name: "source_document_id",
                table: "dossier_attachments");
        }
    }
}
