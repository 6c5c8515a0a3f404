using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StepCommentAudience : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "comment_audience",
                table: "dossier_steps",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            // Existing comments: what the law addresses to the applicant (reasons for not receiving, the supplement list,
            // refusal and stop reasons, the apology's reason, the applicant's own withdrawal reason and supplement note) is
            // Applicant; every other comment was written without a choice and becomes Internal, so nothing internal leaks.
            migrationBuilder.Sql("""
                UPDATE dossier_steps SET comment_audience = CASE
                    WHEN action IN ('RejectAtReception', 'RequestSupplement', 'Refuse', 'StopProcessing', 'IssueApology', 'Withdraw', 'ProvideSupplement') THEN 'Applicant'
                    ELSE 'Internal' END
                WHERE comment IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "comment_audience",
                table: "dossier_steps");
        }
    }
}
