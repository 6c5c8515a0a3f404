using CsCheck;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace HanoiDvc.WebApi.IntegrationTests.Statistics;

/// <summary>
/// The open stock kept by the database (decision 0038) equals the open dossiers counted one by one with the domain's set —
/// received, in <see cref="DossierStatusSets.Open"/> — per deciding agency and procedure version, after generated
/// sequences of writes of any shape: many rows inserted in one statement, states, reception instants, agencies and
/// versions changed on several rows at once or on one, rows deleted; and after concurrent single-dossier transitions (one
/// per transaction, as requests make them), which must neither deadlock nor lose a count.
/// </summary>
public sealed class OpenStockCountsTests : ApiTestFixture
{
    private static readonly DossierStatus[] States = Enum.GetValues<DossierStatus>();

    /// <summary>A row: its state (index into <see cref="States"/>), whether received, and agency and version (0 or 1 each).</summary>
    private sealed record Row(int State, bool Received, int Agency, int Version);

    /// <summary>One statement: insert rows, change one column of rows (picked by position among ours), or delete rows.</summary>
    private sealed record Write(int Kind, Row[] Rows, int Offset, int Count, int Column, int Value);

    private static readonly Gen<Row> Rows = Gen.Select(Gen.Int[0, States.Length - 1], Gen.Bool, Gen.Int[0, 1], Gen.Int[0, 1])
        .Select((s, r, a, v) => new Row(s, r, a, v));

    private static readonly Gen<Write> Writes = Gen.Select(Gen.Int[0, 5], Rows.Array[1, 12], Gen.Int[0, 40], Gen.Int[1, 8], Gen.Int[0, 3], Gen.Int[0, States.Length - 1])
        .Select((kind, rows, offset, count, column, value) => new Write(kind, rows, offset, count, column, value));

    [Test]
    public async Task AfterGeneratedWrites_TheKeptCounts_EqualTheOpenDossiersCountedOneByOne()
    {
        var arranged = await ArrangeAsync();
        var ours = new List<Guid>();
        await Writes.List[5, 30].SampleAsync(async writes =>
        {
            await using var connection = await OpenAsync();
            foreach (var write in writes)
            {
                await ApplyAsync(connection, write, arranged, ours);
            }

            await CheckAsync();
        }, iter: 25, threads: 1);
    }

    [Test]
    public async Task ConcurrentTransitionsOfOneAgency_NeitherDeadlockNorLoseACount()
    {
        var arranged = await ArrangeAsync();
        var ours = new List<Guid>();
        await using (var connection = await OpenAsync())
        {
            await ApplyAsync(connection, new Write(0, [.. Enumerable.Range(0, 64).Select(i => new Row(i % States.Length, true, 0, i % 2))], 0, 0, 0, 0), arranged, ours);
        }

        // Eight workers, each with its own eight dossiers of the same agency, move them in and out of the stock and between
        // the two versions, one dossier per transaction: every counter row of the agency is shared between them.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            await using var connection = await OpenAsync();
            for (var i = 0; i < 150; i++)
            {
                await using var command = new NpgsqlCommand(
                    "UPDATE dossiers SET status = @status, procedure_version_id = @version WHERE id = @id", connection);
                command.Parameters.AddWithValue("status", States[random.Next(States.Length)].ToString());
                command.Parameters.AddWithValue("version", arranged.Versions[random.Next(2)]);
                command.Parameters.AddWithValue("id", ours[worker * 8 + random.Next(8)]);
                await command.ExecuteNonQueryAsync();
            }
        })));

        await CheckAsync();
    }

    [Test]
    public async Task TheInstalledTriggers_CountTheSetTheDomainNamesToday()
    {
        // The migration installed the SQL rendered from the domain's set at the time: a set changed since needs a migration.
        await using var connection = await OpenAsync();
        var bodies = await InstalledFunctions.BodiesAsync(connection, "open_stock_moved", "open_stock_inserted", "open_stock_deleted");
        bodies.Keys.Order().ShouldBe(["open_stock_deleted", "open_stock_inserted", "open_stock_moved"]);
        bodies["open_stock_moved"].ShouldContain(DossierIndexFilters.OpenStatistics("OLD."));
        bodies["open_stock_moved"].ShouldContain(DossierIndexFilters.OpenStatistics("NEW."));
        bodies["open_stock_inserted"].ShouldContain(DossierIndexFilters.OpenStatistics("r."));
        bodies["open_stock_deleted"].ShouldContain(DossierIndexFilters.OpenStatistics("r."));
    }

    private sealed record Arranged(Guid Template, Guid[] Agencies, Guid[] Versions);

    private static async Task<Arranged> ArrangeAsync()
    {
        var data = await StatisticsData.LoadAsync(ApiHost.Factory.CreateClient());
        var received = StatisticsData.At(new DateOnly(2026, 3, 2));
        var department = await data.AddAsync(false, Channel.Online, received);
        var commune = await data.AddAsync(true, Channel.Online, received);
        return new Arranged(department.Id, [data.Department, data.Commune], [department.ProcedureVersionId, commune.ProcedureVersionId]);
    }

    private static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ApiHost.Database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, Write write, Arranged arranged, List<Guid> ours)
    {
        var picked = ours.Count == 0 ? [] : ours.Skip(write.Offset % ours.Count).Take(write.Count).ToArray();
        var receivedAt = StatisticsData.At(new DateOnly(2026, 3, 3));
        await using var command = connection.CreateCommand();
        switch (write.Kind)
        {
            case 0 or 1: // insert: copies of the template in one statement
                var ids = write.Rows.Select(_ => Guid.CreateVersion7()).ToArray();
                command.CommandText = """
                    INSERT INTO dossiers
                    SELECT (jsonb_populate_record(NULL::dossiers, to_jsonb(d) || jsonb_build_object(
                        'id', u.id, 'code', NULL, 'tracking_number', NULL, 'status', u.status, 'received_at', u.received_at,
                        'deciding_agency_id', u.deciding_agency_id, 'procedure_version_id', u.procedure_version_id))).*
                    FROM dossiers d, unnest(@ids, @states, @received, @agencies, @versions) AS u(id, status, received_at, deciding_agency_id, procedure_version_id)
                    WHERE d.id = @template
                    """;
                command.Parameters.AddWithValue("ids", ids);
                command.Parameters.AddWithValue("states", write.Rows.Select(r => States[r.State].ToString()).ToArray());
                command.Parameters.Add(new NpgsqlParameter("received", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)
                {
                    Value = write.Rows.Select(r => r.Received ? (DateTimeOffset?)receivedAt : null).ToArray(),
                });
                command.Parameters.AddWithValue("agencies", write.Rows.Select(r => arranged.Agencies[r.Agency]).ToArray());
                command.Parameters.AddWithValue("versions", write.Rows.Select(r => arranged.Versions[r.Version]).ToArray());
                command.Parameters.AddWithValue("template", arranged.Template);
                ours.AddRange(ids);
                break;
            case 2 or 3 or 4: // change one column of several rows (or one) in one statement
                (command.CommandText, var value) = write.Column switch
                {
                    0 => ("UPDATE dossiers SET status = @value WHERE id = ANY(@ids)", (object)States[write.Value].ToString()),
                    1 => ("UPDATE dossiers SET received_at = @value WHERE id = ANY(@ids)", write.Value % 2 == 0 ? DBNull.Value : receivedAt),
                    2 => ("UPDATE dossiers SET deciding_agency_id = @value WHERE id = ANY(@ids)", arranged.Agencies[write.Value % 2]),
                    _ => ("UPDATE dossiers SET procedure_version_id = @value WHERE id = ANY(@ids)", arranged.Versions[write.Value % 2]),
                };
                command.Parameters.Add(write.Column == 1
                    ? new NpgsqlParameter("value", NpgsqlDbType.TimestampTz) { Value = value }
                    : new NpgsqlParameter("value", value));
                command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = picked });
                break;
            default: // delete
                command.CommandText = "DELETE FROM dossiers WHERE id = ANY(@ids)";
                command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = picked });
                ours.RemoveAll(picked.Contains);
                break;
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every key of the whole table, the dossiers and the counts read in one snapshot (other tests write meanwhile).</summary>
    private static async Task CheckAsync()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        var counted = new Dictionary<(Guid, Guid), int>();
        await using (var dossiers = new NpgsqlCommand("SELECT status, received_at IS NOT NULL, deciding_agency_id, procedure_version_id FROM dossiers", connection, transaction))
        await using (var rows = await dossiers.ExecuteReaderAsync())
        {
            while (await rows.ReadAsync())
            {
                if (DossierStatusSets.Open.Contains(Enum.Parse<DossierStatus>(rows.GetString(0))) && rows.GetBoolean(1))
                {
                    var key = (rows.GetGuid(2), rows.GetGuid(3));
                    counted[key] = counted.GetValueOrDefault(key) + 1;
                }
            }
        }

        var kept = new Dictionary<(Guid, Guid), int>();
        await using (var counts = new NpgsqlCommand("SELECT deciding_agency_id, procedure_version_id, dossiers FROM open_stock_counts WHERE dossiers <> 0", connection, transaction))
        await using (var rows = await counts.ExecuteReaderAsync())
        {
            while (await rows.ReadAsync())
            {
                kept[(rows.GetGuid(0), rows.GetGuid(1))] = rows.GetInt32(2);
            }
        }

        kept.OrderBy(p => p.Key).ShouldBe(counted.OrderBy(p => p.Key));
    }
}
