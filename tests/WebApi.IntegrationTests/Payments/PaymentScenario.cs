using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HanoiDvc.WebApi.IntegrationTests.Payments;

/// <summary>
/// A procedure published for the test that charges a fee the law sets — 250 000 đồng per diploma for verifying the papers
/// of a diploma issued by a foreign institution (<see cref="LawfulFees"/>), due before reception unless told otherwise —, a
/// signed-in citizen, the Department's desk, and helpers that play VNPay: signed IPNs and returns,
/// computed here with the test's hash secret, independently of the application's signing code.
/// </summary>
internal sealed class PaymentScenario
{
    public const string CitizenId = DossierScenario.CitizenId;

    /// <summary>Two diplomas: 2 × 250 000 đồng (Thông tư 164/2016/TT-BTC).</summary>
    public const long Amount = 2 * LawfulFees.VerificationPerDiploma;

    private PaymentScenario(HttpClient admin, HttpClient citizen, HttpClient desk, Guid department, Guid procedure)
    {
        Admin = admin;
        Citizen = citizen;
        Desk = desk;
        Department = department;
        Procedure = procedure;
    }

    public HttpClient Admin { get; }

    public HttpClient Citizen { get; }

    public HttpClient Desk { get; }

    public Guid Department { get; }

    public Guid Procedure { get; }

    public static Dictionary<string, string?> Form => new() { ["fullName"] = "Nguyễn Văn Đức", ["diplomas"] = "2" };

    public static async Task<PaymentScenario> ArrangeAsync(int serviceLevel = 4, string paymentDue = "BeforeReception", bool? onlinePayment = null)
    {
        var department = await TestAccounts.AgencyIdAsync(ApiHost.Factory.Services, TestAccounts.DepartmentCode);
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("sysadmin", null, Roles.SystemAdmin);
        var (desk, _) = await ApiHost.Factory.CreateSignedInClientAsync("desk", department, Roles.Receptionist);
        await TestAccounts.CreateUserAsync(ApiHost.Factory.Services, CitizenId, null, [Roles.Citizen], ApplicantType.Citizen, CitizenId);
        var citizen = ApiHost.Factory.CreateHttpsClient();
        citizen.DefaultRequestHeaders.Authorization = new("Bearer", await TestAccounts.SignInAsync(citizen, CitizenId));
        var procedure = await PublishProcedureAsync(admin, serviceLevel, paymentDue, onlinePayment);
        return new PaymentScenario(admin, citizen, desk, department, procedure);
    }

    /// <summary>Starts and submits a dossier for two diplomas; returns its id and tracking number.</summary>
    public async Task<(Guid Id, string TrackingNumber)> SubmittedAsync()
    {
        var draft = await FormFillers.StartDraftAsync(Citizen, Procedure, Department, Form);
        var id = draft.GetProperty("id").GetGuid();
        var submitted = await DossierScenario.SendAsync(Citizen, HttpMethod.Post, $"/api/v1/dossiers/{id}/submit", new { formData = Form });
        return (id, submitted.GetProperty("trackingNumber").GetString()!);
    }

    /// <summary>Starts a payment; returns the answer (paymentId, orderRef, amountVnd, redirectUrl).</summary>
    public async Task<JsonElement> StartPaymentAsync(Guid dossierId) =>
        await DossierScenario.SendAsync(Citizen, HttpMethod.Post, $"/api/v1/dossiers/{dossierId}/payments", new { }, expected: HttpStatusCode.Created);

    /// <summary>
    /// Pays a dossier's fees as its applicant through the sandbox gateway (start, choose "pay"), which sends the IPN before
    /// sending the browser back; returns the payment as the return page shows it.
    /// </summary>
    public static async Task<JsonElement> PayThroughSandboxAsync(HttpClient applicant, Guid dossierId)
    {
        var started = await DossierScenario.SendAsync(applicant, HttpMethod.Post, $"/api/v1/dossiers/{dossierId}/payments", new { }, expected: HttpStatusCode.Created);
        var redirect = new Uri(started.GetProperty("redirectUrl").GetString()!);
        using var browser = Browser();
        using var completed = await browser.GetAsync(new Uri($"/api/v1/payments/sandbox/complete?outcome=Pay&order={Uri.EscapeDataString(redirect.Query.TrimStart('?'))}", UriKind.Relative));
        completed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await completed.Content.ReadAsStringAsync());
        return await ShowReturnAsync(browser, completed.Headers.Location!);
    }

    /// <summary>What the SPA's return page does with the address the gateway sent the browser to: asks the API with the same query.</summary>
    public static async Task<JsonElement> ShowReturnAsync(HttpClient browser, Uri location) =>
        await browser.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/payments/vnpay/return{location.Query}", UriKind.Relative));

    public async Task<JsonElement> PaymentsAsync(Guid dossierId) =>
        await Citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{dossierId}/payments", UriKind.Relative));

    public async Task<JsonElement> DossierAsync(Guid dossierId) =>
        await Citizen.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/dossiers/{dossierId}", UriKind.Relative));

    /// <summary>Sends VNPay's IPN for <paramref name="orderRef"/> and returns its RspCode.</summary>
    public static async Task<string> IpnAsync(string query)
    {
        using var client = ApiHost.Factory.CreateHttpsClient();
        var answer = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/payments/vnpay/ipn?{query}", UriKind.Relative));
        answer.GetProperty("Message").GetString().ShouldNotBeNullOrEmpty();
        return answer.GetProperty("RspCode").GetString()!;
    }

    /// <summary>A client that does not follow redirects, as a test of the browser's hops needs.</summary>
    public static HttpClient Browser() =>
        ApiHost.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = HanoiDvcFactory.HttpsBaseAddress, AllowAutoRedirect = false });

    /// <summary>VNPay's result parameters for an order, signed with the test secret (or <paramref name="secret"/>).</summary>
    public static string SignedResult(string orderRef, long amountVnd, string responseCode = "00", string? secret = null, string transactionNo = "14226112")
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["vnp_Amount"] = (amountVnd * 100).ToString(CultureInfo.InvariantCulture),
            ["vnp_BankCode"] = "NCB",
            ["vnp_CardType"] = "ATM",
            ["vnp_OrderInfo"] = "Thanh toan phi ho so",
            ["vnp_PayDate"] = "20260302081000",
            ["vnp_ResponseCode"] = responseCode,
            ["vnp_TmnCode"] = HanoiDvcFactory.TestVnPayTmnCode,
            ["vnp_TransactionNo"] = transactionNo,
            ["vnp_TransactionStatus"] = responseCode == "00" ? "00" : "02",
            ["vnp_TxnRef"] = orderRef,
        };
        var data = string.Join('&', parameters.Select(p => $"{WebUtility.UrlEncode(p.Key)}={WebUtility.UrlEncode(p.Value)}"));
        using var hmac = new HMACSHA512(Encoding.UTF8.GetBytes(secret ?? HanoiDvcFactory.TestVnPayHashSecret));
        return $"{data}&vnp_SecureHash={Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes(data)))}";
    }

    /// <summary>Counts rows of a table with an optional condition.</summary>
    public static async Task<long> CountAsync(string tableAndCondition)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ApiHost.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM {tableAndCondition}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Guid> PublishProcedureAsync(HttpClient admin, int serviceLevel, string paymentDue, bool? onlinePayment)
    {
        var content = new
        {
            name = $"Công nhận văn bằng do cơ sở giáo dục nước ngoài cấp (thử nghiệm thanh toán, mức {serviceLevel})",
            nameEn = "Recognising a diploma issued by a foreign institution (payment test)",
            field = "DiplomasCertificates",
            decidingLevelCode = "province",
            serviceLevel,
            timeLimit = new { kind = "WorkingDays", days = 5 },
            fees = new object[] { LawfulFees.Verification("diplomas") },
            documents = new[] { new { name = "Đơn đề nghị", nameEn = "Application", form = "Original", count = 1, mandatory = true } },
            applicantTypes = new[] { "Citizen" },
            resultType = "Quyết định công nhận văn bằng",
            legalBasis = new[] { LawfulFees.Basis },
            form = new object[]
            {
                new { key = "fullName", type = "Text", label = "Họ và tên", labelEn = "Full name", required = true, maxLength = 100 },
                new { key = "diplomas", type = "Number", label = "Số văn bằng cần công nhận", labelEn = "Diplomas to recognise", required = true, min = 1, max = 20 },
            },
            steps = new[]
            {
                new { name = "Tiếp nhận", nameEn = "Reception", role = "Receptionist", share = 0.2m },
                new { name = "Xử lý", nameEn = "Processing", role = "Specialist", share = 0.8m },
            },
            source = "Test",
            paymentDue,
            onlinePayment,
        };
        var created = await DossierScenario.SendAsync(admin, HttpMethod.Post, "/api/v1/admin/procedures", new { content }, expected: HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        using var publish = await admin.PostAsync(new Uri($"/api/v1/admin/procedures/{id}/publish", UriKind.Relative), null);
        publish.StatusCode.ShouldBe(HttpStatusCode.OK, await publish.Content.ReadAsStringAsync());
        return id;
    }
}
