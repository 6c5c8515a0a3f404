using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ServiceIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "received_paid_online",
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
                name: "received_paid_online",
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

            migrationBuilder.AddColumn<int>(
                name: "received_paid_online",
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
                name: "received_paid_online",
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "received_paid_online",
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
                name: "received_paid_online",
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
                name: "received_paid_online",
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
                name: "received_paid_online",
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
