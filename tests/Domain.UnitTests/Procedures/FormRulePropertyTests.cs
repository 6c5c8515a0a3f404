using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.UnitTests.Procedures;

/// <summary>
/// Generated fields and values: the rules as the API sends them give the server's own answer, and a fixed sample of cases
/// with the server's answers is kept in <c>tests/form-rules/generated-cases.json</c>, which the SPA's
/// <c>form-rules.spec.ts</c> runs through the browser's rules expecting the same codes and words.
/// </summary>
public sealed class FormRulePropertyTests
{
    private const int SampleSize = 400;

    [Test]
    public void ServedRules_EvaluatedGenerically_GiveTheValidatorsAnswer() =>
        Gen.Int.Sample(seed =>
        {
            var (field, value, files) = FormRuleGenerator.Case(seed);
            var served = JsonSerializer.SerializeToNode(field, FormRuleFiles.Api)!;
            var rules = served["rules"].Deserialize<List<FormFieldRule>>(FormRuleFiles.Api)!;

            var expected = FormDataValidator.Validate([field], new Dictionary<string, string?> { [field.Key] = value }, files).SingleOrDefault()?.Code;

            return FormRuleCheck.FirstFailure(rules, value, files)?.Code == expected;
        }, iter: 2000);

    [Test]
    public void GeneratedCases_AreTheServersAnswers()
    {
        var cases = new JsonArray();
        foreach (var (field, value, files) in Enumerable.Range(1, SampleSize).Select(FormRuleGenerator.Case).Concat(WhiteSpaceCases()))
        {
            var error = FormDataValidator.Validate([field], new Dictionary<string, string?> { [field.Key] = value }, files).SingleOrDefault();
            cases.Add(new JsonObject
            {
                ["field"] = JsonSerializer.SerializeToNode(field, FormRuleFiles.Api),
                ["value"] = value,
                ["files"] = files is null ? null : new JsonArray(files.Select(f => (JsonNode?)f).ToArray()),
                ["code"] = error?.Code,
                ["message"] = error?.Message,
                ["messageEn"] = error?.MessageEn,
            });
        }

        FormRuleFiles.ShouldBeCommitted("generated-cases.json", new JsonObject { ["cases"] = cases });
    }

    /// <summary>Every character either runtime counts as white space, alone in a required field and inside an e-mail address.</summary>
    private static IEnumerable<(FormField, string?, IReadOnlySet<string>?)> WhiteSpaceCases()
    {
        var name = new FormField("name", FormFieldType.Text, "Họ và tên", "Full name", Required: true);
        var email = new FormField("email", FormFieldType.Email, "Thư điện tử", "Email", Required: false);
        var spaces = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) || c is '\ufeff' or '\u180e' or '\u200b');
        foreach (var c in spaces)
        {
            yield return (name, c.ToString(), null);
            yield return (email, $"a{c}b@example.vn", null);
        }
    }
}
