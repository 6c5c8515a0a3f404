using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HanoiDvc.WebApi.IntegrationTests.Integrations;

/// <summary>Arranges integrators through the real API: registration by a system administrator, tokens from the token endpoint, ingested dossiers.</summary>
internal static class Integrators
{
    public const string AllScopes = "catalogue:read dossiers:read dossiers:write statistics:read webhooks:manage";

    /// <summary>Registers a client acting for the agencies with <paramref name="agencyCodes"/>; returns its id and secret.</summary>
    public static async Task<(string ClientId, string Secret)> RegisterAsync(
        WebApplicationFactory<Program> host, string name, string scopes, params string[] agencyCodes)
    {
        using var admin = await host.CreateHttpsClient().AsAsync(host, Roles.SystemAdmin);
        var agencyIds = new List<Guid>();
        foreach (var code in agencyCodes)
        {
            agencyIds.Add(await TestAccounts.AgencyIdAsync(host.Services, code));
        }

        using var response = await admin.PostAsJsonAsync("/api/v1/admin/api-clients",
            new { name, contactEmail = "tich.hop@example.vn", scopes = scopes.Split(' '), agencyIds });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("client").GetProperty("clientId").GetString()!, body.GetProperty("clientSecret").GetString()!);
    }

    /// <summary>Asks the token endpoint with HTTP Basic; returns the raw answer.</summary>
    public static async Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, string clientId, string secret, string? scope = null, bool basic = true)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        if (!basic)
        {
            form["client_id"] = clientId;
            form["client_secret"] = secret;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/oauth/token") { Content = new FormUrlEncodedContent(form) };
        if (basic)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}")));
        }

        return await client.SendAsync(request);
    }

    public static async Task<string> TokenAsync(HttpClient client, string clientId, string secret, string? scope = null)
    {
        using var response = await RequestTokenAsync(client, clientId, secret, scope);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    /// <summary>A client registered with <paramref name="scopes"/> for the Department, signed in with a token of those scopes.</summary>
    public static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> host, string scopes, string name = "Cổng DVC quốc gia", string agency = TestAccounts.DepartmentCode)
    {
        var (id, secret) = await RegisterAsync(host, name, scopes, agency);
        var client = host.CreateHttpsClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(client, id, secret));
        return client;
    }

    /// <summary>What an ingestion sends for the Department's plain procedure: the form, and a PDF uploaded for each mandatory document.</summary>
    /// <param name="procedureAndForm">Another procedure of the Department and its form values (default: the plain procedure).</param>
    public static async Task<object> IngestionBodyAsync(HttpClient integrator, Guid department, string citizenId = "001208099999", Guid? receivingAgencyId = null,
        (Guid Procedure, IReadOnlyDictionary<string, string?> Form)? procedureAndForm = null)
    {
        var (procedure, form) = procedureAndForm ?? await FormFillers.DepartmentProcedureAsync(integrator);
        var detail = await integrator.GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{procedure}");
        var attachments = new List<object>();
        foreach (var document in detail.GetProperty("documents").EnumerateArray().Where(d => d.GetProperty("mandatory").GetBoolean()))
        {
            using var upload = new MultipartFormDataContent();
            var file = new ByteArrayContent([.. "%PDF-1.7\n"u8, .. RandomNumberGenerator.GetBytes(200)]);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            upload.Add(file, "file", "giay-to.pdf");
            using var response = await integrator.PostAsync("/api/v1/integrations/files", upload);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var stored = await response.Content.ReadFromJsonAsync<JsonElement>();
            attachments.Add(new { sha256 = stored.GetProperty("sha256").GetString(), fileName = "giay-to.pdf", documentName = document.GetProperty("name").GetString() });
        }

        return new
        {
            procedureId = procedure,
            decidingAgencyId = department,
            receivingAgencyId,
            applicant = new { fullName = "Trần Thị Bình", citizenId },
            formData = form,
            attachments,
        };
    }

    /// <summary>Submits by ingestion; returns the answer.</summary>
    public static async Task<HttpResponseMessage> IngestAsync(HttpClient integrator, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/integrations/dossiers") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await integrator.SendAsync(request);
    }
}
