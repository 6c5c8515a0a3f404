// The bare stack a submission is measured against (bench/dossier-workflow.sh prints the product's rate as a share of
// this one's, measured in the same run): Kestrel, System.Text.Json and Npgsql, with nothing between them, doing what one
// online submission must write, in one round trip and one transaction:
//   the draft row becomes Submitted (tracking number, dates, the submitted form), its 'Submit' step, the idempotency
//   record of the request; the answer is the submitted dossier's id, status, tracking number and submission instant.
// Same path and body as the product's POST /api/v1/dossiers/{id}/submit, so one wrk script drives both. It checks no
// token, no form and no rule: it is the floor, not a second implementation.
// And what the public lookup must read (GET /api/v1/dossier-lookup?code=…&citizenId=…, same path and query): the
// dossier by its code (or tracking number) and citizen ID, the receiving agency's and the procedure's names and the
// steps, in one round trip, answered as JSON; a wrong pair is a 404.
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using NpgsqlTypes;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, BaselineJson.Default));
var dataSource = NpgsqlDataSource.Create(
    builder.Configuration["Baseline:ConnectionString"] ?? throw new InvalidOperationException("Baseline:ConnectionString is not set."));

var app = builder.Build();
app.MapGet("/health", () => Results.Ok());
app.MapPost("/api/v1/dossiers/{id:guid}/submit", async (Guid id, HttpRequest request, CancellationToken cancellationToken) =>
{
    var body = await JsonSerializer.DeserializeAsync(request.Body, BaselineJson.Default.SubmitBody, cancellationToken);
    var key = request.Headers["Idempotency-Key"].ToString();
    var formJson = JsonSerializer.Serialize(body?.FormData ?? [], BaselineJson.Default.DictionaryStringString);
    var requestHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id + formJson)));
    var trackingNumber = Convert.ToHexString(RandomNumberGenerator.GetBytes(5));

    await using var command = dataSource.CreateCommand(Sql.Submit);
    command.Parameters.Add(new NpgsqlParameter<Guid>("id", id));
    command.Parameters.Add(new NpgsqlParameter<string>("tracking", trackingNumber));
    command.Parameters.Add(new NpgsqlParameter<string>("form", NpgsqlDbType.Jsonb) { TypedValue = formJson });
    command.Parameters.Add(new NpgsqlParameter<string>("key", key));
    command.Parameters.Add(new NpgsqlParameter<string>("hash", requestHash));
    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
    if (!await reader.ReadAsync(cancellationToken))
    {
        return Results.Conflict();
    }

    return Results.Ok(new Submitted(reader.GetGuid(0), "Submitted", reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)));
});
app.MapGet("/api/v1/dossier-lookup", async (string code, string citizenId, CancellationToken cancellationToken) =>
{
    var key = code.Trim().ToUpperInvariant();
    await using var command = dataSource.CreateCommand(key.Contains('-', StringComparison.Ordinal) ? Sql.LookupByCode : Sql.LookupByTrackingNumber);
    command.Parameters.Add(new NpgsqlParameter<string>("code", key));
    command.Parameters.Add(new NpgsqlParameter<string>("citizen", citizenId));
    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
    if (!await reader.ReadAsync(cancellationToken))
    {
        return Results.NotFound();
    }

    static T? Get<T>(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? default : r.GetFieldValue<T>(i);
    return Results.Ok(new Lookup(
        Get<string>(reader, 0), Get<string>(reader, 1), reader.GetString(2), Get<DateTimeOffset?>(reader, 3), Get<DateTimeOffset?>(reader, 4),
        Get<DateTimeOffset?>(reader, 5), Get<DateTimeOffset?>(reader, 6), reader.GetString(7), Get<string>(reader, 8), reader.GetString(9),
        JsonSerializer.Deserialize(reader.GetString(10), BaselineJson.Default.ListStep) ?? []));
});
app.Run();

internal sealed record Step(string Action, DateTimeOffset At, string ToStatus);

internal sealed record Lookup(
    string? Code, string? TrackingNumber, string Status, DateTimeOffset? SubmittedAt, DateTimeOffset? ReceivedAt, DateTimeOffset? AppointmentAt,
    DateTimeOffset? ReturnedAt, string ReceivingAgencyName, string? ReceivingAgencyNameEn, string ProcedureName, List<Step> History);

internal sealed record SubmitBody(Dictionary<string, string?>? FormData);

internal sealed record Submitted(Guid Id, string Status, string TrackingNumber, DateTimeOffset SubmittedAt);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SubmitBody))]
[JsonSerializable(typeof(Submitted))]
[JsonSerializable(typeof(Dictionary<string, string?>))]
[JsonSerializable(typeof(Lookup))]
[JsonSerializable(typeof(List<Step>))]
internal sealed partial class BaselineJson : JsonSerializerContext;

internal static class Sql
{
    // One statement: the three writes as data-modifying CTEs, so one round trip and one implicit transaction.
    public const string Submit = """
        WITH d AS (
          UPDATE dossiers SET status = 'Submitted', tracking_number = @tracking, submitted_at = now(), draft_saved_at = now(),
                 form_data = @form
          WHERE id = @id AND status = 'Draft'
          RETURNING id, applicant_id, applicant_name, receiving_agency_id, tracking_number, submitted_at),
        s AS (
          INSERT INTO dossier_steps (id, sequence, action, actor_id, actor_name, from_status, to_status, from_agency_id, to_agency_id, at, dossier_id)
          SELECT gen_random_uuid(), 1, 'Submit', d.applicant_id, d.applicant_name, 'Draft', 'Submitted', d.receiving_agency_id, d.receiving_agency_id, now(), d.id
          FROM d),
        i AS (
          INSERT INTO idempotency_records (user_id, key, request_hash, resource_id, created_at)
          SELECT d.applicant_id, @key, @hash, d.id, now() FROM d)
        SELECT id, tracking_number, submitted_at FROM d
        """;

    // A code looks like "000.00.01.H26-260315-0001"; anything else is taken for a tracking number, as the product does.
    public const string LookupByCode = Lookup + " d.code = @code";

    public const string LookupByTrackingNumber = Lookup + " d.tracking_number = @code";

    private const string Lookup = """
        SELECT d.code, d.tracking_number, d.status, d.submitted_at, d.received_at, d.appointment_at, d.returned_at,
               a.name, a.name_en, v.name,
               (SELECT coalesce(json_agg(json_build_object('action', s.action, 'at', s.at, 'toStatus', s.to_status) ORDER BY s.sequence), '[]')::text
                FROM dossier_steps s WHERE s.dossier_id = d.id)
        FROM dossiers d
        JOIN agencies a ON a.id = d.receiving_agency_id
        JOIN procedure_versions v ON v.id = d.procedure_version_id
        WHERE d.applicant_citizen_id = @citizen AND
        """;
}
