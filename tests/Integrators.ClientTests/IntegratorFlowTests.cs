using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Integrators.Client;
using HanoiDvc.TestSupport;

namespace HanoiDvc.Integrators.ClientTests;

/// <summary>
/// A third party's whole first day, written only against the client generated from the OpenAPI document: get a token,
/// browse the catalogue, subscribe a webhook, upload a file, submit a dossier by ingestion, and receive the signed
/// webhook of its submission on a loopback receiver, checked with code of its own.
/// </summary>
public sealed class IntegratorFlowTests
{
    private const string Department = "000.00.12.H26";

    [Test]
    public async Task Token_Catalogue_Ingestion_Webhook()
    {
        using var receiver = new WebhookReceiver(WebhookReceiver.FreePort());
        var department = await TestAccounts.AgencyIdAsync(ClientHost.Host.Services, Department);
        using var adminHttp = await ClientHost.Host.CreateHttpsClient().AsAsync(ClientHost.Host, Roles.SystemAdmin);
        var registered = await new HanoiDvcClient(adminHttp).RegisterApiClientAsync(new RegisterApiClient
        {
            Name = "Phần mềm quản lý trường học",
            ContactEmail = "hotro@truonghoc.example.vn",
            Scopes = ["catalogue:read", "dossiers:read", "dossiers:write", "webhooks:manage"],
            AgencyIds = [department],
        });

        using var http = ClientHost.Host.CreateHttpsClient();
        var api = new HanoiDvcClient(http);
        var token = await api.IssueClientTokenAsync(new ClientCredentialsForm
        {
            Grant_type = "client_credentials",
            Client_id = registered.Client.ClientId.ToString(),
            Client_secret = registered.ClientSecret,
        });
        token.Token_type.ShouldBe("Bearer");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Access_token);

        var (procedure, form, documents) = await PickProcedureAsync(api);
        var webhook = await api.CreateWebhookAsync(new CreateWebhook { Url = receiver.Url, Events = ["dossier.submitted"] });
        var attachments = new List<IngestedAttachment>();
        foreach (var document in documents)
        {
            using var pdf = new MemoryStream([.. "%PDF-1.7\n"u8, .. RandomNumberGenerator.GetBytes(256)]);
            var stored = await api.UploadIntegrationFileAsync(new FileParameter(pdf, "giay-to.pdf", "application/pdf"));
            attachments.Add(new IngestedAttachment { Sha256 = stored.Sha256, FileName = stored.FileName, DocumentName = document });
        }

        var dossier = await api.IngestDossierAsync(new IngestDossierInput
        {
            ProcedureId = procedure,
            DecidingAgencyId = department,
            Applicant = new IngestedApplicant { FullName = "Lê Minh Châu", CitizenId = "001208011111" },
            FormData = form,
            Attachments = attachments,
        }, idempotency_Key: "school-2026-000001");

        dossier.Status.ShouldBe(DossierStatus.Submitted);
        dossier.Source.ShouldBe("Integration:Phần mềm quản lý trường học");
        (await api.GetIntegrationDossierAsync(dossier.Id)).TrackingNumber.ShouldBe(dossier.TrackingNumber);

        var received = await WaitForAsync(receiver, TimeSpan.FromSeconds(30));
        IndependentVerifier.Verify(received.Headers["X-HanoiDvc-Signature"], received.Body, webhook.SigningSecret, DateTimeOffset.UtcNow).ShouldBeTrue();
        received.Headers["X-HanoiDvc-Event"].ShouldBe("dossier.submitted");
        var payload = JsonDocument.Parse(received.Body).RootElement;
        payload.GetProperty("data").GetProperty("dossierId").GetGuid().ShouldBe(dossier.Id);
        var log = await api.GetWebhookDeliveriesAsync(webhook.Webhook.Id);
        log.ShouldHaveSingleItem().Status.ShouldBe(WebhookDeliveryStatus.Delivered);
    }

    /// <summary>A Department procedure open to citizens whose required fields this filler can answer, with the answers and its mandatory documents.</summary>
    private static async Task<(Guid Procedure, Dictionary<string, string> Form, List<string> Documents)> PickProcedureAsync(HanoiDvcClient api)
    {
        var page = await api.SearchProceduresAsync(level: "province", applicantType: ApplicantTypes.Citizen, pageSize: 100);
        foreach (var summary in page.Items)
        {
            var detail = await api.GetProcedureAsync(summary.Id);
            var required = detail.Form.Where(f => f.Required).ToList();
            var answers = required.ToDictionary(f => f.Key, Answer);
            if (required.Count > 0 && required.All(f => f.Pattern is null || System.Text.RegularExpressions.Regex.IsMatch(answers[f.Key], f.Pattern)))
            {
                return (detail.Id, answers, detail.Documents.Where(d => d.Mandatory).Select(d => d.Name).ToList());
            }
        }

        throw new InvalidOperationException("No procedure with a form this filler can answer.");
    }

    private static string Answer(FormField field) => field.Type switch
    {
        FormFieldType.Number => (field.Min ?? 2021).ToString(CultureInfo.InvariantCulture),
        FormFieldType.Date => "2009-09-05",
        FormFieldType.Select => field.Options.First().Value,
        FormFieldType.CitizenId => "001208011111",
        FormFieldType.Phone => "0987654321",
        FormFieldType.Email => "phuhuynh@example.vn",
        FormFieldType.School => "Trường THCS Giảng Võ",
        FormFieldType.File => "giay-to.pdf", // names the file it attaches (FormDataValidator.FileReferencesOf)
        _ => "Lê Minh Châu",
    };

    private static async Task<WebhookReceiver.Received> WaitForAsync(WebhookReceiver receiver, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (receiver.Requests.TryPeek(out var first))
            {
                return first;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No webhook reached the receiver.");
    }
}
