using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HanoiDvc.Infrastructure.Outbox;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.PersonalDocuments;

/// <summary>The calls the store's tests share: upload to the store, list it, attach from it, deliver the outbox.</summary>
internal static class StoreCalls
{
    public static byte[] Pdf() => [.. "%PDF-1.7\n"u8, .. RandomNumberGenerator.GetBytes(600)];

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string documentType, string? validUntil = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "giay-to.pdf");
        form.Add(new StringContent(documentType, Encoding.UTF8), "documentType");
        form.Add(new StringContent("UBND phường Dịch Vọng", Encoding.UTF8), "issuingBody");
        form.Add(new StringContent("123/2010", Encoding.UTF8), "number");
        form.Add(new StringContent("2010-05-01"), "issuedOn");
        if (validUntil is not null)
        {
            form.Add(new StringContent(validUntil), "validUntil");
        }

        return await client.PostAsync(new Uri("/api/v1/me/documents", UriKind.Relative), form);
    }

    public static async Task<JsonElement> UploadOkAsync(HttpClient client, byte[] bytes, string documentType, string? validUntil = null)
    {
        using var response = await UploadAsync(client, bytes, documentType, validUntil);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<List<JsonElement>> ListAsync(HttpClient client, Guid? dossierId = null) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/me/documents" + (dossierId is { } id ? $"?dossierId={id}" : string.Empty), UriKind.Relative))).EnumerateArray()];

    public static Task<HttpResponseMessage> AttachAsync(HttpClient client, Guid dossierId, Guid documentId, string? documentName) =>
        client.PostAsJsonAsync(new Uri($"/api/v1/dossiers/{dossierId}/attachments/from-store", UriKind.Relative), new { personalDocumentId = documentId, documentName });

    /// <summary>A draft with the valid form and no file yet.</summary>
    public static async Task<JsonElement> BareDraftAsync(DossierScenario scenario, HttpClient? citizen = null)
    {
        using var response = await (citizen ?? scenario.Citizen).PostAsJsonAsync(
            new Uri("/api/v1/dossiers", UriKind.Relative), new { procedureId = scenario.Procedure, decidingAgencyId = scenario.Department, formData = scenario.Form });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Delivers every due outbox message, as the dispatcher would after the commit.</summary>
    public static async Task DeliverOutboxAsync()
    {
        var processor = ApiHost.Factory.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.ProcessAsync(CancellationToken.None) > 0)
        {
        }
    }
}
