using System.Text.Json;
using System.Text.Json.Nodes;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.UnitTests.Procedures;

/// <summary>
/// The hand-written table <c>tests/form-rules/cases.json</c> through the server's validator. The SPA's
/// <c>form-rules.spec.ts</c> runs the same table through the browser's rules, with the fields as <c>fields.served.json</c>
/// holds them (what the API sends, rules included), so both sides answer every case alike.
/// </summary>
public sealed class FormRuleCaseTests
{
    private static readonly JsonNode Table = FormRuleFiles.Read("cases.json");

    private static IEnumerable<TestCaseData> Cases() =>
        Table["cases"]!.AsArray().Select(c => new TestCaseData(c!).SetName($"FormRuleCase: {c!["name"]}"));

    [TestCaseSource(nameof(Cases))]
    public void Case_GivesTheExpectedError(JsonNode testCase)
    {
        var field = FormRuleFiles.Field(Table["fields"]![(string)testCase["field"]!]!);
        var files = testCase["files"]?.AsArray().Select(f => (string)f!).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var errors = FormDataValidator.Validate([field], new Dictionary<string, string?> { [field.Key] = (string?)testCase["value"] }, files);

        var expected = (string?)testCase["code"];
        errors.Select(e => e.Code).ShouldBe(expected is null ? [] : [expected]);
        if (testCase["message"] is { } message)
        {
            errors[0].Message.ShouldBe((string)message!);
            errors[0].MessageEn.ShouldBe((string)testCase["messageEn"]!);
        }
    }

    [Test]
    public void Table_CoversEveryRuleKindAndEveryCode()
    {
        var fields = Table["fields"]!.AsObject().Select(f => FormRuleFiles.Field(f.Value!)).ToList();
        var codes = Table["cases"]!.AsArray().Select(c => (string?)c!["code"]).OfType<string>().ToHashSet();

        fields.SelectMany(f => f.Rules).Select(r => r.Kind).Distinct().Order().ShouldBe(Enum.GetValues<FormRuleKind>());
        codes.ShouldBe(fields.SelectMany(f => f.Rules).Select(r => r.Code).ToHashSet(), ignoreOrder: true);
    }

    /// <summary>What the API sends for the table's fields; the SPA's test evaluates these rules.</summary>
    [Test]
    public void ServedFields_AreTheFieldsAsTheApiSendsThem()
    {
        var served = new JsonObject();
        foreach (var (name, definition) in Table["fields"]!.AsObject())
        {
            served[name] = JsonSerializer.SerializeToNode(FormRuleFiles.Field(definition!), FormRuleFiles.Api);
        }

        FormRuleFiles.ShouldBeCommitted("fields.served.json", served);
    }
}
