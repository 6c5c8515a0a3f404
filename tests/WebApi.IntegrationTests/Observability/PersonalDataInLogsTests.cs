using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Infrastructure.Outbox;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HanoiDvc.WebApi.IntegrationTests.Observability;

/// <summary>
/// What the application writes to its log after a citizen registers, submits, is received (SMS) and looks the dossier up
/// with the citizen ID in the URL: never a raw citizen ID, phone number, e-mail address or name; their masked forms instead.
/// </summary>
public sealed class PersonalDataInLogsTests : ObservedHostFixture
{
    private const string CitizenId = "001099012345";
    private const string Phone = "+84 912 345 678";
    private const string Email = "an.nguyen@example.vn";
    private const string FullName = "Nguyễn Văn An";
    private static readonly string[] Raw = [CitizenId, "0912345678", "912 345 678", "912345678", Email, FullName, "Văn An"];

    [Test]
    public async Task RegistrationSubmissionReceptionAndLookup_LogNoPersonalData_OnlyItsMaskedForms()
    {
        using var citizen = Host.CreateHttpsClient();
        var registered = await citizen.PostAsJsonAsync("/api/v1/auth/register/citizen",
            new { fullName = FullName, citizenId = CitizenId, dateOfBirth = "1999-05-19", phone = Phone, email = Email, password = TestAccounts.Password });
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        citizen.DefaultRequestHeaders.Authorization = new("Bearer", await TestAccounts.SignInAsync(citizen, CitizenId));
        var (procedure, form) = await FormFillers.DepartmentProcedureAsync(citizen);
        var department = await TestAccounts.AgencyIdAsync(Host.Services, TestAccounts.DepartmentCode);
        var (desk, _) = await Host.CreateSignedInClientAsync("privacy.desk", department, Roles.Receptionist);
        var id = (await FormFillers.StartDraftAsync(citizen, procedure, department, form)).GetProperty("id").GetGuid();
        var submitted = await PostAsync(citizen, $"/api/v1/dossiers/{id}/submit", new { formData = form });
        await PostAsync(desk, $"/api/v1/dossiers/{id}/receive", new { comment = (string?)null });
        await DeliverOutboxAsync();
        using var anonymous = Host.CreateHttpsClient();
        var tracking = submitted.GetProperty("trackingNumber").GetString();
        var lookup = await anonymous.GetAsync(new Uri($"/api/v1/dossier-lookup?code={tracking}&citizenId={CitizenId}", UriKind.Relative));
        lookup.StatusCode.ShouldBe(HttpStatusCode.OK);
        await Lines.WaitForAsync(l => l.GetProperty("@m").GetString()!.Contains("/api/v1/dossier-lookup", StringComparison.Ordinal)
            && l.GetProperty("@m").GetString()!.Contains("responded", StringComparison.Ordinal));

        var text = Lines.Text;
        foreach (var raw in Raw)
        {
            text.ShouldNotContain(raw, Case.Sensitive, $"the log holds \"{raw}\"");
        }

        text.ShouldContain($"citizenId=*********345", Case.Sensitive, "the lookup's URL, as the hosting log line writes it");
        text.ShouldContain("\"Phone\":\"*******678\"", Case.Sensitive, "the SMS to the applicant at reception");
    }

    [Test]
    public async Task WhateverALogCallPasses_PropertiesMessageAndException_LeaveTheHostMasked()
    {
        var logger = Host.Services.GetRequiredService<ILogger<PersonalDataInLogsTests>>();
        var applicant = new { FullName, CitizenId, PhoneNumber = Phone, Email, Note = $"gọi {Phone} hoặc {Email}" };

        logger.LogWarning(new InvalidOperationException($"Duplicate citizen {CitizenId} (0912345678)"),
            "Registration of {FullName} ({CitizenId}, {Phone}, {Email}) as {@Applicant}; note: {Note}",
            FullName, CitizenId, "0912345678", Email, applicant, $"call {Phone}, write to {Email}");
        await Lines.WaitForAsync(l => l.GetProperty("@m").GetString()!.StartsWith("Registration of", StringComparison.Ordinal));

        var text = Lines.Text;
        foreach (var raw in Raw)
        {
            text.ShouldNotContain(raw, Case.Sensitive, $"the log holds \"{raw}\"");
        }

        var line = Lines.Parsed.Single(l => l.GetProperty("@m").GetString()!.StartsWith("Registration of", StringComparison.Ordinal));
        line.GetProperty("FullName").GetString().ShouldBe("Nguyễn V** A**");
        line.GetProperty("CitizenId").GetString().ShouldBe("*********345");
        line.GetProperty("Phone").GetString().ShouldBe("*******678");
        line.GetProperty("Email").GetString().ShouldBe("a***@example.vn");
        line.GetProperty("Applicant").GetProperty("FullName").GetString().ShouldBe("Nguyễn V** A**");
        line.GetProperty("Applicant").GetProperty("PhoneNumber").GetString().ShouldBe("+** *** *** 678");
        line.GetProperty("Note").GetString().ShouldBe("call +** *** *** 678, write to a***@example.vn");
        line.GetProperty("@m").GetString().ShouldStartWith("Registration of \"Nguyễn V** A**\" (\"*********345\", \"*******678\", \"a***@example.vn\")");
        line.GetProperty("@x").GetString().ShouldStartWith("System.InvalidOperationException: Duplicate citizen *********345 (*******678)");
    }

    private async Task DeliverOutboxAsync()
    {
        var processor = Host.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.ProcessAsync(CancellationToken.None) > 0)
        {
        }
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
