using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using Npgsql;

namespace HanoiDvc.WebApi.IntegrationTests.Catalogue;

/// <summary>
/// The procedure's form and a draft's form carry each field's rules, the very objects the server's validator evaluates
/// (the SPA evaluates them as received); they are derived, never stored.
/// </summary>
public sealed class FormRulesServedTests : ApiTestFixture
{
    private static readonly JsonSerializerOptions Api = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Test]
    public async Task TheFormOfAProcedureAndOfADraft_CarryTheRulesTheValidatorEvaluates_WhichAreNotStored()
    {
        var scenario = await DossierScenario.ArrangeAsync(Client);
        var draft = await scenario.StartAsync();

        var procedureForm = (await Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/procedures/{scenario.Procedure}", UriKind.Relative))).GetProperty("form");
        var draftForm = (await scenario.Citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{draft}", UriKind.Relative))).GetProperty("formFields");

        foreach (var form in new[] { procedureForm, draftForm })
        {
            form.GetArrayLength().ShouldBeGreaterThan(0);
            foreach (var served in form.EnumerateArray())
            {
                var field = served.Deserialize<FormField>(Api)!;
                JsonNode.DeepEquals(JsonNode.Parse(served.GetProperty("rules").GetRawText()), JsonSerializer.SerializeToNode(field.Rules, Api))
                    .ShouldBeTrue($"{field.Key}: {served.GetProperty("rules")}");
                served.GetProperty("rules").GetArrayLength().ShouldBeGreaterThan(field.Required ? 0 : -1);
            }
        }

        (await StoredFormMentionsRulesAsync(draft)).ShouldBeFalse("rules are derived from the definition on every read");
    }

    private static async Task<bool> StoredFormMentionsRulesAsync(Guid dossier)
    {
        await using var connection = new NpgsqlConnection(ApiHost.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT form_fields::text LIKE '%\"rules\"%' FROM dossiers WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", dossier);
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
