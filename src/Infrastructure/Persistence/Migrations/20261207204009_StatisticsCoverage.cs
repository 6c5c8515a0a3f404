using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsCoverage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "statistics_coverage",
                columns: table => new
                {
                    id = table.Column<short>(type: "smallint", nullable: false),
                    covered_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    rebuilt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistics_coverage", x => x.id);
                    table.CheckConstraint("ck_statistics_coverage_one_row", "id = 1");
                });

            // Until now the tables were read for the days before the last rebuild's Hanoi day only (its own day and later
            // were counted live): they are covered until the start of that day.
            migrationBuilder.Sql("""
                INSERT INTO statistics_coverage (id, covered_until, rebuilt_at)
                SELECT 1, ((max(rebuilt_at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh', max(rebuilt_at)
                FROM agency_monthly_stats
                HAVING max(rebuilt_at) IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "statistics_coverage");
        }
    }
}
