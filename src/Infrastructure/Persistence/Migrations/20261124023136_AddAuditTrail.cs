using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HanoiDvc.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddAuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    client_ip = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true),
                    correlation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    use_case = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    entity_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    change_kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    before = table.Column<string>(type: "jsonb", nullable: true),
                    after = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_records", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_entity_type_entity_id_at",
                table: "audit_records",
                columns: new[] { "entity_type", "entity_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_user_id_at",
                table: "audit_records",
                columns: new[] { "user_id", "at" });

            // Append-only at the database level: any UPDATE or DELETE (even of no rows) fails. TRUNCATE by the owner
            // stays possible (test resets, a deliberate purge by the DBA).
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_records is append-only: % is not allowed', TG_OP
                        USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER audit_records_append_only
                    BEFORE UPDATE OR DELETE ON audit_records
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_records_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS audit_records_append_only ON audit_records;
                DROP FUNCTION IF EXISTS audit_records_append_only();
                """);

            migrationBuilder.DropTable(
                name: "audit_records");
        }
    }
}
