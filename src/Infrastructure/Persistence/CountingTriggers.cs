namespace HanoiDvc.Infrastructure.Persistence;

/// <summary>
/// What the tables that triggers on <c>dossiers</c> keep counted share (decisions 0036, 0038): inserted and deleted rows
/// counted per statement from the transition tables (a bulk load adds one row per key, not per dossier), and the recount of
/// the rows already there when the triggers are installed. Each table's own update trigger says what moves a row.
/// </summary>
internal static class CountingTriggers
{
    /// <summary>
    /// The functions <c>{name}_inserted</c> and <c>{name}_deleted</c>, then <paramref name="table"/> recounted from every dossier.
    /// <paramref name="addRows"/> renders the statement that adds the rows of a table (its first argument) with a sign (its second).
    /// </summary>
    public static string InsertedAndDeleted(string name, string table, Func<string, string, string> addRows) => $"""
        CREATE FUNCTION {name}_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {addRows("inserted", "")}
            RETURN NULL;
        END $$;

        CREATE FUNCTION {name}_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {addRows("deleted", "-")}
            RETURN NULL;
        END $$;

        TRUNCATE {table};
        {addRows("dossiers", "")}
        """;

    /// <summary>The per-statement triggers that call <see cref="InsertedAndDeleted"/>'s functions.</summary>
    public static string StatementTriggers(string name) => $"""
        CREATE TRIGGER {name}_inserted AFTER INSERT ON dossiers REFERENCING NEW TABLE AS inserted
            FOR EACH STATEMENT EXECUTE FUNCTION {name}_inserted();
        CREATE TRIGGER {name}_deleted AFTER DELETE ON dossiers REFERENCING OLD TABLE AS deleted
            FOR EACH STATEMENT EXECUTE FUNCTION {name}_deleted();
        """;

    /// <summary>Drops the update trigger <c>{name}_moved</c>, the per-statement ones and their functions.</summary>
    public static string Uninstall(string name) => $"""
        DROP TRIGGER IF EXISTS {name}_moved ON dossiers;
        DROP TRIGGER IF EXISTS {name}_inserted ON dossiers;
        DROP TRIGGER IF EXISTS {name}_deleted ON dossiers;
        DROP FUNCTION IF EXISTS {name}_moved();
        DROP FUNCTION IF EXISTS {name}_inserted();
        DROP FUNCTION IF EXISTS {name}_deleted();
        """;
}
