using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ServiceIndexDigitisationDocumentStoreComplaints : Migration
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

            migrationBuilder.AddColumn<int>(
                name: "received_digitised",
                table: "dossier_monthly_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "received_paid_online",
                table: "dossier_monthly_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "received_reusing",
                table: "dossier_monthly_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "received_with_fee",
                table: "dossier_monthly_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "resolved_electronic_result",
                table: "dossier_monthly_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "resolved_unsatisfied",
                table: "dossier_monthly_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "received_digitised",
                table: "dossier_daily_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "received_paid_online",
                table: "dossier_daily_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "received_reusing",
                table: "dossier_daily_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "received_with_fee",
                table: "dossier_daily_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "resolved_electronic_result",
                table: "dossier_daily_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "resolved_unsatisfied",
                table: "dossier_daily_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "source_document_id",
                table: "dossier_attachments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "received_digitised",
                table: "agency_monthly_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "received_paid_online",
                table: "agency_monthly_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "received_reusing",
                table: "agency_monthly_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "received_with_fee",
                table: "agency_monthly_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "resolved_electronic_result",
                table: "agency_monthly_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "resolved_unsatisfied",
                table: "agency_monthly_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "received_digitised",
                table: "agency_daily_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "received_paid_online",
                table: "agency_daily_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "received_reusing",
                table: "agency_daily_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "received_with_fee",
                table: "agency_daily_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "resolved_electronic_result",
                table: "agency_daily_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "resolved_unsatisfied",
                table: "agency_daily_stats",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tracking_code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    procedure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    complainant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    complainant_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    answered_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    answered_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaints_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_complaints_procedures_procedure_id",
                        column: x => x.procedure_id,
                        principalTable: "procedures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "ix_complaints_agency_id_filed_at",
                table: "complaints",
                columns: new[] { "agency_id", "filed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_complainant_id",
                table: "complaints",
                column: "complainant_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_dossier_id",
                table: "complaints",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_open_due_at",
                table: "complaints",
                columns: new[] { "agency_id", "due_at" },
                filter: "status = 'Received'");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_procedure_id",
                table: "complaints",
                column: "procedure_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_tracking_code",
                table: "complaints",
                column: "tracking_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dossier_digitised_copies_dossier_id",
                table: "dossier_digitised_copies",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossier_digitised_copies_sha256",
                table: "dossier_digitised_copies",
                column: "sha256");

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

            // Backfill for the service index (Quyết định 766/QĐ-TTg): an online dossier's documents arrived electronic, so they
            // count as digitised from its submission; an electronic result counts as digitised from its issue. Paper dossiers
            // and paper results stay null until the desk records their digitised copies. The statistics tables' new counters
            // are 0 until the next rebuild (decision 0016).
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
            migrationBuilder.DropForeignKey(
                name: "fk_dossier_attachments_personal_documents_source_document_id",
                table: "dossier_attachments");

            migrationBuilder.DropTable(
                name: "complaints");

            migrationBuilder.DropTable(
                name: "dossier_digitised_copies");

            migrationBuilder.DropTable(
                name: "personal_documents");

            migrationBuilder.DropIndex(
                name: "ix_dossier_attachments_source_document_id",
                table: "dossier_attachments");

            migrationBuilder.DropColumn(
                name: "documents_digitised_at",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "result_digitised_at",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "received_digitised",
                table: "dossier_monthly_stats");

            migrationBuilder.DropColumn(
                name: "received_paid_online",
                table: "dossier_monthly_stats");

            migrationBuilder.DropColumn(
                name: "received_reusing",
                table: "dossier_monthly_stats");

            migrationBuilder.DropColumn(
                name: "received_with_fee",
                table: "dossier_monthly_stats");

            migrationBuilder.DropColumn(
                name: "resolved_electronic_result",
                table: "dossier_monthly_stats");

            migrationBuilder.DropColumn(
                name: "resolved_unsatisfied",
                table: "dossier_monthly_stats");

            migrationBuilder.DropColumn(
                name: "received_digitised",
                table: "dossier_daily_stats");

            migrationBuilder.DropColumn(
                name: "received_paid_online",
                table: "dossier_daily_stats");

            migrationBuilder.DropColumn(
                name: "received_reusing",
                table: "dossier_daily_stats");

            migrationBuilder.DropColumn(
                name: "received_with_fee",
                table: "dossier_daily_stats");

            migrationBuilder.DropColumn(
                name: "resolved_electronic_result",
                table: "dossier_daily_stats");

            migrationBuilder.DropColumn(
                name: "resolved_unsatisfied",
                table: "dossier_daily_stats");

            migrationBuilder.DropColumn(
                name: "source_document_id",
                table: "dossier_attachments");

            migrationBuilder.DropColumn(
                name: "received_digitised",
                table: "agency_monthly_stats");

            migrationBuilder.DropColumn(
                name: "received_paid_online",
                table: "agency_monthly_stats");

            migrationBuilder.DropColumn(
                name: "received_reusing",
                table: "agency_monthly_stats");

            migrationBuilder.DropColumn(
                name: "received_with_fee",
                table: "agency_monthly_stats");

            migrationBuilder.DropColumn(
                name: "resolved_electronic_result",
                table: "agency_monthly_stats");

            migrationBuilder.DropColumn(
                name: "resolved_unsatisfied",
                table: "agency_monthly_stats");

            migrationBuilder.DropColumn(
                name: "received_digitised",
                table: "agency_daily_stats");

            migrationBuilder.DropColumn(
                name: "received_paid_online",
                table: "agency_daily_stats");

            migrationBuilder.DropColumn(
                name: "received_reusing",
                table: "agency_daily_stats");

            migrationBuilder.DropColumn(
                name: "received_with_fee",
                table: "agency_daily_stats");

            migrationBuilder.DropColumn(
                name: "resolved_electronic_result",
                table: "agency_daily_stats");

            migrationBuilder.DropColumn(
                name: "resolved_unsatisfied",
                table: "agency_daily_stats");
        }
    }
}
