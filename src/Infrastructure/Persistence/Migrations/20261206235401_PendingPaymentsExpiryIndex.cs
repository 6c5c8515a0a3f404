using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PendingPaymentsExpiryIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_payments_pending_expires_at",
                table: "payments",
                column: "expires_at",
                filter: "status = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_payments_pending_expires_at",
                table: "payments");
        }
    }
}
