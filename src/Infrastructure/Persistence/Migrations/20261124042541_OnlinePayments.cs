using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OnlinePayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "amount_due_vnd",
                table: "dossiers",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "paid_at",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "payment_id",
                table: "dossiers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "payment_status",
                table: "dossiers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotDue");

            migrationBuilder.AddColumn<string>(
                name: "payment_terms",
                table: "dossiers",
                type: "jsonb",
                nullable: false,
                defaultValue: "{\"fees\":[],\"due\":\"before-reception\",\"online\":false}"); // dossiers started before online payment owe nothing online

            migrationBuilder.AddColumn<string>(
                name: "refund_reason",
                table: "dossiers",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "refunded_at",
                table: "dossiers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "gateway_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    order_ref = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    payment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    raw = table.Column<string>(type: "text", nullable: false),
                    outcome = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gateway_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    order_ref = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    amount_vnd = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    business_date = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    gateway_transaction_no = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    gateway_response_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    bank_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    refunded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    refund_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments", x => x.id);
                    table.ForeignKey(
                        name: "fk_payments_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_payments_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_gateway_messages_order_ref_received_at",
                table: "gateway_messages",
                columns: new[] { "order_ref", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_agency_id",
                table: "payments",
                column: "agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_business_date_agency_id_status",
                table: "payments",
                columns: new[] { "business_date", "agency_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_dossier_id",
                table: "payments",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_order_ref",
                table: "payments",
                column: "order_ref",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "gateway_messages");

            migrationBuilder.DropTable(
                name: "payments");

            migrationBuilder.DropColumn(
                name: "amount_due_vnd",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "paid_at",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "payment_id",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "payment_status",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "payment_terms",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "refund_reason",
                table: "dossiers");

            migrationBuilder.DropColumn(
                name: "refunded_at",
                table: "dossiers");
        }
    }
}
