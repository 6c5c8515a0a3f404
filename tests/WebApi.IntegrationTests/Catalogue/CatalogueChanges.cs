using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace HanoiDvc.WebApi.IntegrationTests.Catalogue;

/// <summary>
/// Catalogue changes a test makes through the administration API, the way an administrator publishes a new version.
/// The catalogue in force claims "toàn trình" only where a published record says so; a test that needs a fully online
/// procedure publishes that change itself and says so in the version's evidence.
/// </summary>
internal static class CatalogueChanges
{
    /// <summary>Publishes a new version of <paramref name="procedureId"/> offered toàn trình with its result delivered online.</summary>
    public static async Task PublishFullyOnlineAsync(HttpClient admin, Guid procedureId)
    {
        var current = (await admin.GetFromJsonAsync<JsonObject>(new Uri($"/api/v1/admin/procedures/{procedureId}", UriKind.Relative)))!;
        if (current["serviceLevel"]!.GetValue<int>() == 4 && current["onlineResult"]!.GetValue<bool>() && current["status"]!.GetValue<string>() == "Published")
        {
            return;
        }

        var content = new JsonObject();
        foreach (var name in new[]
        {
            "name", "nameEn", "field", "decidingLevelCode", "fees", "documents", "applicantTypes", "resultType", "resultTypeEn",
            "legalBasis", "form", "steps", "source", "paymentDue", "onlinePayment", "decidingAuthority", "decidingAuthorityEn",
            "decidingAuthorityBasis", "receivingBody",
        })
        {
            content[name] = current[name]?.DeepClone();
        }

        var limit = current["timeLimit"]!;
        content["timeLimit"] = new JsonObject
        {
            ["kind"] = limit["kind"]!.DeepClone(),
            ["days"] = limit["days"]!.DeepClone(),
            ["cutOff"] = limit["cutOff"]?.DeepClone(),
            ["extraDays"] = limit["extraDays"]!.DeepClone(),
        };
        content["serviceLevel"] = 4;
        content["onlineResult"] = true;
        content["evidence"] = new JsonObject
        {
            ["verified"] = false,
            ["missing"] = new JsonArray("Phiên bản thử nghiệm: toàn trình và trả kết quả trực tuyến do bài kiểm thử công bố, không phải bản ghi của Hà Nội"),
        };
        using var edited = await admin.PutAsJsonAsync(new Uri($"/api/v1/admin/procedures/{procedureId}", UriKind.Relative), content);
        edited.IsSuccessStatusCode.ShouldBeTrue(await edited.Content.ReadAsStringAsync());
        using var published = await admin.PostAsync(new Uri($"/api/v1/admin/procedures/{procedureId}/publish", UriKind.Relative), null);
        published.EnsureSuccessStatusCode();
    }
}
