using CsCheck;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using HanoiDvc.WebApi.IntegrationTests.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

/// <summary>
/// The inbox counts kept by the database (decision 0036) equal the dossiers counted one by one with the domain's sets —
/// the Department's and a ward's, held by state and waiting for reception — after generated sequences of writes of any
/// shape: many rows inserted in one statement, states and agencies changed on several rows at once or on one, rows deleted;
/// and after concurrent single-dossier transitions (one per transaction, as requests make them), which must neither
/// deadlock nor lose a count.
/// </summary>
public sealed class InboxCountsTests : ApiTestFixture
{
    private static readonly DossierStatus[] States = Enum.GetValues<DossierStatus>();

    /// <summary>A row's state and agencies: indexes into <see cref="States"/> and the two agencies (0 the Department, 1 the ward).</summary>
    private sealed record Row(int State, int Current, int Receiving);

    /// <summary>One statement: insert rows, change rows (picked by position among ours), or delete rows.</summary>
    private sealed record Write(int Kind, Row[] Rows, int Offset, int Count, int Column, int Value);

    private static readonly Gen<Row> Rows = Gen.Select(Gen.Int[0, States.Length - 1], Gen.Int[0, 1], Gen.Int[0, 1]).Select((s, c, r) => new Row(s, c, r));

    private static readonly Gen<Write> Writes = Gen.Select(Gen.Int[0, 5], Rows.Array[1, 12], Gen.Int[0, 40], Gen.Int[1, 8], Gen.Int[0, 2], Gen.Int[0, States.Length - 1])
        .Select((kind, rows, offset, count, column, value) => new Write(kind, rows, offset, count, column, value));

    [Test]
    public async Task AfterGeneratedWrites_TheKeptCounts_EqualTheDossiersCountedOneByOne()
    {
        var (template, agencies) = await ArrangeAsync();
        var ours = new List<Guid>();
        await Writes.List[5, 30].SampleAsync(async writes =>
        {
            await using var connection = await OpenAsync();
            foreach (var write in writes)
            {
                await ApplyAsync(connection, write, template, agencies, ours);
            }

            await CheckAsync(agencies);
        }, iter: 25, threads: 1);
    }

    [Test]
    public async Task ConcurrentTransitionsOfOneAgency_NeitherDeadlockNorLoseACount()
    {
        var (template, agencies) = await ArrangeAsync();
        var ours = new List<Guid>();
        await using (var connection = await OpenAsync())
        {
            await ApplyAsync(connection, new Write(0, [.. Enumerable.Range(0, 64).Select(i => new Row(i % States.Length, 0, 0))], 0, 0, 0, 0), template, agencies, ours);
        }

        // Eight workers, each with its own eight dossiers of the same agency, move them through random states, one dossier
        // per transaction: every counter row of the agency is shared between them.
        var cycles = States.Where(s => DossierStatusSets.WithAgency.Contains(s) || s == DossierStatus.Submitted).ToArray();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            await using var connection = await OpenAsync();
            for (var i = 0; i < 150; i++)
            {
                var id = ours[worker * 8 + random.Next(8)];
                await using var command = new NpgsqlCommand("UPDATE dossiers SET status = @status WHERE id = @id", connection);
                command.Parameters.AddWithValue("status", cycles[random.Next(cycles.Length)].ToString());
                command.Parameters.AddWithValue("id", id);
                await command.ExecuteNonQueryAsync();
            }
        })));

        await CheckAsync(agencies);
    }

    [Test]
    public async Task TheInstalledTriggers_CountTheSetsTheDomainNamesToday()
    {
        // The migration installed the SQL rendered from the domain's sets at the time: a set changed since needs a migration.
        await using var connection = await OpenAsync();
        var bodies = await InstalledFunctions.BodiesAsync(connection, "inbox_counts_moved", "inbox_counts_inserted", "inbox_counts_deleted");
        bodies.Keys.Order().ShouldBe(["inbox_counts_deleted", "inbox_counts_inserted", "inbox_counts_moved"]);
        bodies["inbox_counts_moved"].ShouldContain(DossierStatusSql.In(DossierStatusSets.WithAgency, "OLD."));
        bodies["inbox_counts_moved"].ShouldContain(DossierStatusSql.In(DossierStatusSets.WithAgency, "NEW."));
        bodies["inbox_counts_inserted"].ShouldContain(DossierStatusSql.In(DossierStatusSets.WithAgency, "r."));
        bodies["inbox_counts_deleted"].ShouldContain(DossierStatusSql.In(DossierStatusSets.WithAgency, "r."));
        bodies.Values.ShouldAllBe(body => body.Contains($"status = '{DossierStatus.Submitted}'"));
    }

    private static async Task<(Guid Template, Guid[] Agencies)> ArrangeAsync()
    {
        var data = await StatisticsData.LoadAsync(ApiHost.Factory.CreateClient());
        var template = await data.AddAsync(false, Channel.Online, StatisticsData.At(new DateOnly(2026, 3, 2)));
        return (template.Id, [data.Department, data.Commune]);
    }

    private static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ApiHost.Database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, Write write, Guid template, Guid[] agencies, List<Guid> ours)
    {
        var picked = ours.Count == 0 ? [] : ours.Skip(write.Offset % ours.Count).Take(write.Count).ToArray();
        await using var command = connection.CreateCommand();
        switch (write.Kind)
        {
            case 0 or 1: // insert: copies of the template in one statement
                var ids = write.Rows.Select(_ => Guid.CreateVersion7()).ToArray();
                command.CommandText = """
                    INSERT INTO dossiers
                    SELECT (jsonb_populate_record(NULL::dossiers, to_jsonb(d) || jsonb_build_object(
                        'id', u.id, 'code', NULL, 'tracking_number', NULL, 'status', u.status,
                        'current_agency_id', u.current_agency_id, 'receiving_agency_id', u.receiving_agency_id))).*
                    FROM dossiers d, unnest(@ids, @states, @currents, @receivings) AS u(id, status, current_agency_id, receiving_agency_id)
                    WHERE d.id = @template
                    """;
                command.Parameters.AddWithValue("ids", ids);
                command.Parameters.AddWithValue("states", write.Rows.Select(r => States[r.State].ToString()).ToArray());
                command.Parameters.AddWithValue("currents", write.Rows.Select(r => agencies[r.Current]).ToArray());
                command.Parameters.AddWithValue("receivings", write.Rows.Select(r => agencies[r.Receiving]).ToArray());
                command.Parameters.AddWithValue("template", template);
                ours.AddRange(ids);
                break;
            case 2 or 3 or 4: // change one column of several rows (or one) in one statement
                var column = write.Column switch { 0 => "status", 1 => "current_agency_id", _ => "receiving_agency_id" };
                command.CommandText = $"UPDATE dossiers SET {column} = @value WHERE id = ANY(@ids)";
                command.Parameters.AddWithValue("value", write.Column == 0 ? States[write.Value].ToString() : agencies[write.Value % 2]);
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

    private static async Task CheckAsync(Guid[] agencies)
    {
        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var counts = scope.ServiceProvider.GetRequiredService<IInboxCounts>();
        foreach (var agency in agencies)
        {
            var held = (await db.Dossiers.AsNoTracking().Where(d => d.CurrentAgencyId == agency).Select(d => d.Status).ToListAsync())
                .Where(DossierStatusSets.WithAgency.Contains).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
            var waiting = await db.Dossiers.CountAsync(d => d.ReceivingAgencyId == agency && d.Status == DossierStatus.Submitted);

            var kept = await counts.OfAgencyAsync(agency, CancellationToken.None);
            kept.Waiting.ShouldBe(waiting, $"waiting for reception at {agency}");
            kept.Held.Where(p => p.Value != 0).OrderBy(p => p.Key).ShouldBe(held.OrderBy(p => p.Key), $"held by {agency}");
        }
    }
}
