using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.TestSupport;

namespace HanoiDvc.WebApi.IntegrationTests.Dossiers;

/// <summary>Arranges a dossier over HTTP as the workflow tests do: a signed-in citizen, the Department, a plain procedure and a valid form.</summary>
internal sealed class DossierScenario
{
    public const string CitizenId = "001208012345";

    private DossierScenario(HttpClient citizen, Guid citizenUserId, Guid department, Guid procedure, Dictionary<string, string?> form)
    {
        Citizen = citizen;
        CitizenUserId = citizenUserId;
        Department = department;
        Procedure = procedure;
        Form = form;
    }

    public HttpClient Citizen { get; }

    public Guid CitizenUserId { get; }

    public Guid Department { get; }

    public Guid Procedure { get; }

    public Dictionary<string, string?> Form { get; }

    public static async Task<DossierScenario> ArrangeAsync(HttpClient anonymous)
    {
        var userId = await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, CitizenId, null, [Roles.Citizen], ApplicantType.Citizen, CitizenId);
        var citizen = ApiHost.Factory.CreateHttpsClient();
        citizen.DefaultRequestHeaders.Authorization = new("Bearer", await TestAccounts.SignInAsync(citizen, CitizenId));
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        var (procedure, form) = await FormFillers.DepartmentProcedureAsync(anonymous);
        return new DossierScenario(citizen, userId, department, procedure, form);
    }

    /// <summary>Starts a draft with the valid form and the mandatory documents attached; returns its id.</summary>
    public async Task<Guid> StartAsync()
    {
        var draft = await FormFillers.StartDraftAsync(Citizen, Procedure, Department, Form);
        return draft.GetProperty("id").GetGuid();
    }

    /// <summary>Submits the draft, optionally with an <c>X-Correlation-Id</c>.</summary>
    public Task<JsonElement> SubmitAsync(Guid id, string? correlationId = null) =>
        SendAsync(Citizen, HttpMethod.Post, $"/api/v1/dossiers/{id}/submit", new { formData = Form }, correlationId);

    /// <summary>Sends a JSON request (with an optional <c>X-Correlation-Id</c>) and checks the status.</summary>
    public static async Task<JsonElement> SendAsync(
        HttpClient client, HttpMethod method, string path, object body, string? correlationId = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        if (correlationId is not null)
        {
            request.Headers.Add("X-Correlation-Id", correlationId);
        }

        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
