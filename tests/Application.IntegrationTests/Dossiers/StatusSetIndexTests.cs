using System.Data.Common;
using System.Text.RegularExpressions;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Infrastructure.Notifications.Reminders;
using HanoiDvc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Dossiers;

/// <summary>
/// The partial indexes of the migrated database against the named status sets they are rendered from, the overdue rule in
/// SQL against the domain's (Nghị định 61/2018/NĐ-CP Điều 19, as amended by 107/2021/NĐ-CP), and the queries' use of the indexes.
/// </summary>
public sealed partial class StatusSetIndexTests : BaseTestFixture
{
    [Test]
    public async Task EveryPartialIndexOnDossiers_HasTheFilterRenderedFromItsNamedSet() =>
        await WithDbAsync(async db =>
        {
            var connection = await OpenAsync(db);
            var actual = new Dictionary<string, string>();
            await using (var read = Command(connection, """
                SELECT i.relname, pg_get_expr(x.indpred, x.indrelid) FROM pg_index x
                JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
                WHERE t.relname = 'dossiers' AND x.indpred IS NOT NULL
                """))
            await using (var rows = await read.ExecuteReaderAsync())
            {
                while (await rows.ReadAsync())
                {
                    actual[rows.GetString(0)] = rows.GetString(1);
                }
            }

            actual.Keys.Order().ShouldBe(DossierIndexFilters.ByIndex.Keys.Order(), "every partial index on dossiers is rendered from a named set");
            await using var transaction = await connection.BeginTransactionAsync();
            await Command(connection, "CREATE TEMP TABLE status_set_probe (LIKE dossiers)").ExecuteNonQueryAsync();
            foreach (var (name, filter) in DossierIndexFilters.ByIndex)
            {
                // PostgreSQL's own rendering of the filter (as it stores an index predicate), to compare like with like.
                await Command(connection, $"CREATE INDEX probe_{name} ON status_set_probe (id) WHERE {filter}").ExecuteNonQueryAsync();
                var expected = (string)(await Command(connection, $"SELECT pg_get_expr(indpred, indrelid) FROM pg_index WHERE indexrelid = 'probe_{name}'::regclass").ExecuteScalarAsync())!;
                actual[name].ShouldBe(expected, name);
            }

            await transaction.RollbackAsync();
            return 0;
        });

    [Test]
    public async Task TheOverdueRuleInSql_AgreesWithTheDomainRule_ForEveryStatus_ND61_2018_Dieu19() =>
        await WithDbAsync(async db =>
        {
            var connection = await OpenAsync(db);
            var now = new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero);
            var cases = Enum.GetValues<DossierStatus>()
                .SelectMany(s => new DateTimeOffset?[] { now.AddHours(-1), now, now.AddHours(1), null }.Select(due => (Status: s, Due: due))).ToList();
            var values = string.Join(", ", cases.Select((c, i) => $"({i}, '{c.Status}', @due{i})"));
            await using var probe = Command(connection, $"SELECT s.n, COALESCE({DossierStatusSql.Overdue("@now", "s.")}, false) FROM (VALUES {values}) AS s(n, status, due_at)");
            probe.Parameters.Add(new Npgsql.NpgsqlParameter("now", now));
            for (var i = 0; i < cases.Count; i++)
            {
                probe.Parameters.Add(new Npgsql.NpgsqlParameter($"due{i}", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)cases[i].Due ?? DBNull.Value });
            }

            await using var rows = await probe.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                var (status, due) = cases[rows.GetInt32(0)];
                rows.GetBoolean(1).ShouldBe(DossierStatusSets.IsOverdue(status, due, now), $"{status}, due {due?.ToString("O") ?? "none"}");
            }

            return 0;
        });

    [TestCase("inbox page", "ix_dossiers_current_agency_id_due_at_submitted_at")]
    [TestCase("inbox overdue", "ix_dossiers_open")]
    [TestCase("overdue check", "ix_dossiers_overdue_candidates")]
    [TestCase("statistics", "ix_dossiers_open_statistics")]
    public async Task TheQueriesOfTheNamedSets_CanUseTheirPartialIndexes(string query, string index) =>
        await WithDbAsync(async db =>
        {
            var agency = Guid.CreateVersion7();
            var now = DateTimeOffset.UtcNow;
            var sql = query switch
            {
                "inbox page" => Literal(db.Dossiers.Where(d => d.CurrentAgencyId == agency).InSet(DossierStatusSets.WithAgency)
                    .OrderBy(d => d.DueAt).ThenBy(d => d.SubmittedAt).ThenBy(d => d.Id).Take(20).ToQueryString()),
                "inbox overdue" => Literal(db.Dossiers.Where(d => d.CurrentAgencyId == agency).Overdue(now).Select(d => d.Id).ToQueryString()),
                "overdue check" => OverdueCheckSql.MarkDossiers.Replace("@now", "now()", StringComparison.Ordinal),
                _ => $"SELECT d.deciding_agency_id, count(*) FROM dossiers d WHERE {DossierIndexFilters.OpenStatistics("d.")} AND {DossierStatusSql.Overdue("now()", "d.")} GROUP BY 1",
            };
            var connection = await OpenAsync(db);
            await using var transaction = await connection.BeginTransactionAsync();
            await Command(connection, "SET LOCAL enable_seqscan = off").ExecuteNonQueryAsync();
            await Command(connection, "SET LOCAL enable_bitmapscan = off").ExecuteNonQueryAsync();
            var plan = new List<string>();
            await using (var explain = Command(connection, "EXPLAIN " + sql))
            await using (var rows = await explain.ExecuteReaderAsync())
            {
                while (await rows.ReadAsync())
                {
                    plan.Add(rows.GetString(0));
                }
            }

            await transaction.RollbackAsync();
            string.Join('\n', plan).ShouldContain(index, customMessage: string.Join('\n', plan));
            return 0;
        });

    /// <summary>EF's SQL with its parameters (commented at the top) written in as literals, for EXPLAIN.</summary>
    private static string Literal(string queryString)
    {
        // Without the parameters' comment lines and EF's closing note on split queries (the first query is the one shown).
        var lines = queryString.Split('\n').TakeWhile(l => !l.StartsWith("This LINQ query", StringComparison.Ordinal));
        var sql = string.Join('\n', lines.Where(l => !l.StartsWith("--", StringComparison.Ordinal)));
        foreach (Match parameter in ParameterLine().Matches(queryString))
        {
            sql = Regex.Replace(sql, $@"@{parameter.Groups[1].Value}\b", $"'{parameter.Groups[2].Value}'");
        }

        return sql;
    }

    [GeneratedRegex(@"^-- @(\w+)='([^']*)'", RegexOptions.Multiline)]
    private static partial Regex ParameterLine();

    private static async Task<DbConnection> OpenAsync(AppDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        return db.Database.GetDbConnection();
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
