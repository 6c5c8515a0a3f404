// The bare stack a submission is measured against (bench/dossier-workflow.sh prints the product's rate as a share of
// this one's, measured in the same run): Kestrel, System.Text.Json and Npgsql, with nothing between them, doing what one
// online submission must write, in one round trip and one transaction:
//   the draft row becomes Submitted (tracking number, dates, the submitted form), its 'Submit' step, the idempotency
//   record of the request; the answer is the submitted dossier's id, status, tracking number and submission instant.
// Same path and body as the product's POST /api/v1/dossiers/{id}/submit, so one wrk script drives both. It checks no
// token, no form and no rule: it is the floor, not a second implementation.
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
app.Run();

internal sealed record SubmitBody(Dictionary<string, string?>? FormData);

internal sealed record Submitted(Guid Id, string Status, string TrackingNumber, DateTimeOffset SubmittedAt);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SubmitBody))]
[JsonSerializable(typeof(Submitted))]
[JsonSerializable(typeof(Dictionary<string, string?>))]
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
}
