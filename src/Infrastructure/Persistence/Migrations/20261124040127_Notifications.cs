using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Notifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "overdue_at",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "overdue_at",
                table: "dossier_steps",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    outbox_message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    dossier_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    title_vi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    title_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body_vi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    body_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    emailed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "overdue_digests",
                columns: table => new
                {
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_overdue_digests", x => new { x.agency_id, x.date });
                });

            migrationBuilder.CreateTable(
                name: "step_reminders",
                columns: table => new
                {
                    step_id = table.Column<Guid>(type: "uuid", nullable: false),
                    point = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_step_reminders", x => new { x.step_id, x.point });
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_open",
                table: "dossiers",
                columns: new[] { "current_agency_id", "due_at" },
                filter: "status IN ('Received', 'InProcessing', 'AwaitingApproval')");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_overdue_candidates",
                table: "dossiers",
                column: "due_at",
                filter: "overdue_at IS NULL AND status IN ('Received', 'InProcessing', 'AwaitingApproval')");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_outbox_message_id_recipient_id",
                table: "notifications",
                columns: new[] { "outbox_message_id", "recipient_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_recipient_id_id",
                table: "notifications",
                columns: new[] { "recipient_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_unread",
                table: "notifications",
                column: "recipient_id",
                filter: "read_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_next_attempt_at",
                table: "outbox_messages",
                column: "next_attempt_at",
                filter: "sent_at IS NULL AND failed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_step_reminders_dossier_id",
                table: "step_reminders",
                column: "dossier_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "overdue_digests");

            migrationBuilder.DropTable(
                name: "step_reminders");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_open",
                table: "dossiers");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_overdue_candidates",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "overdue_at",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "overdue_at",
                table: "dossier_steps");
        }
    }
}
