using Npgsql;

namespace HanoiDvc.WebApi.IntegrationTests.Persistence;

/// <summary>The source of PostgreSQL functions as the migrations installed them, for tests that compare it with what the code renders today.</summary>
internal static class InstalledFunctions
{
    /// <summary>Each of <paramref name="names"/> that exists, with its body.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> BodiesAsync(NpgsqlConnection connection, params string[] names)
    {
        await using var command = new NpgsqlCommand("SELECT proname, prosrc FROM pg_proc WHERE proname = ANY(@names)", connection);
        command.Parameters.AddWithValue("names", names);
        var bodies = new Dictionary<string, string>();
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            bodies[rows.GetString(0)] = rows.GetString(1);
        }

        return bodies;
    }
}
