using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InboxCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inbox_counts",
                columns: table => new
                {
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    stripe = table.Column<short>(type: "smallint", nullable: false),
                    dossiers = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_counts", x => new { x.agency_id, x.status, x.stripe });
                });

            // The triggers, and the counts of the dossiers already there (decision 0036).
            migrationBuilder.Sql(HanoiDvc.Infrastructure.Dossiers.Inbox.InboxCountsSql.Install);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(HanoiDvc.Infrastructure.Dossiers.Inbox.InboxCountsSql.Uninstall);
            migrationBuilder.DropTable(
                name: "inbox_counts");
        }
    }
}
