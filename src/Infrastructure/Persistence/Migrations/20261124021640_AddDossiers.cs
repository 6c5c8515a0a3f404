using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddDossiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dossiers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    procedure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    procedure_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tracking_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    applicant_citizen_id = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    receiving_agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    deciding_agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    current_agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assignee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    submission_channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    return_channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    status_before_supplement = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    time_limit = table.Column<string>(type: "jsonb", nullable: false),
                    specialist_share = table.Column<decimal>(type: "numeric", nullable: false),
                    supplement_requests = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    draft_saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    appointment_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    apology_issued = table.Column<bool>(type: "boolean", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    returned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    form_data = table.Column<string>(type: "jsonb", nullable: false),
                    form_fields = table.Column<string>(type: "jsonb", nullable: false),
                    pauses = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossiers", x => x.id);
                    table.ForeignKey(
                        name: "fk_dossiers_agencies_current_agency_id",
                        column: x => x.current_agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dossiers_agencies_deciding_agency_id",
                        column: x => x.deciding_agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dossiers_agencies_receiving_agency_id",
                        column: x => x.receiving_agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dossiers_procedure_versions_procedure_version_id",
                        column: x => x.procedure_version_id,
                        principalTable: "procedure_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dossier_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    from_status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    to_status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    from_agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assignee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_dossier_steps_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossier_steps_dossier_id_sequence",
                table: "dossier_steps",
                columns: new[] { "dossier_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_applicant_id_created_at",
                table: "dossiers",
                columns: new[] { "applicant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_assignee_id_status_due_at",
                table: "dossiers",
                columns: new[] { "assignee_id", "status", "due_at" },
                filter: "assignee_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_code",
                table: "dossiers",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_current_agency_id_status_due_at",
                table: "dossiers",
                columns: new[] { "current_agency_id", "status", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_deciding_agency_id",
                table: "dossiers",
                column: "deciding_agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_procedure_version_id",
                table: "dossiers",
                column: "procedure_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_receiving_agency_id",
                table: "dossiers",
                column: "receiving_agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_tracking_number",
                table: "dossiers",
                column: "tracking_number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_steps");

            migrationBuilder.DropTable(
                name: "dossiers");
        }
    }
}
