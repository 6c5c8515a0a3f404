using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Auth;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace HanoiDvc.WebApi.IntegrationTests.Notifications;

/// <summary>
/// "Quên mật khẩu": one answer whatever was typed, a link by e-mail through the outbox, a token used once within
/// PasswordReset:TokenLifetimeMinutes (30) and stored hashed, and every session ended by the reset.
/// </summary>
public sealed class PasswordResetTests : NotificationTestFixture
{
    private const string CitizenId = "001099012345";
    private const string Email = "an.nguyen@example.vn";
    private const string NewPassword = "Hoa-Sen-Trang-2027";

    [SetUp]
    public Task CreateCitizenAsync() =>
        TestAccounts.CreateUserAsync(Host.Services, CitizenId, null, [Roles.Citizen], ApplicantType.Citizen, CitizenId, Email);

    [Test]
    public async Task TheAnswer_IsTheSame_ForAnAccount_ItsEmail_AnUnknownName_AndAnUnknownEmail()
    {
        using var client = Host.CreateHttpsClient();
        var answers = new List<(HttpStatusCode Status, string Body, string? Type)>();
        var timings = new List<double>();
        foreach (var account in new[] { CitizenId, Email, "001099099999", "khong.ai@example.vn", CitizenId, "001099099998" })
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.PostAsJsonAsync("/api/v1/auth/password-reset", new { account });
            timings.Add(watch.Elapsed.TotalMilliseconds);
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType));
        }

        answers.Distinct().ShouldHaveSingleItem().ShouldBe((HttpStatusCode.NoContent, string.Empty, null));
        (await WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Type == "PasswordResetRequested"))).ShouldBe(6, "every request writes one outbox row");
        (await WithDbAsync(db => db.PasswordResetTokens.CountAsync())).ShouldBe(3, "only the existing account got links");
        TestContext.Out.WriteLine($"Timings (ms): {string.Join(", ", timings.Select(t => t.ToString("0.0")))}");
    }

    [Test]
    public async Task TheLink_IsMailed_TheTokenIsStoredHashed_AndLeavesTheOutboxOnceSent()
    {
        using var client = Host.CreateHttpsClient();
        await PostAsync(client, "/api/v1/auth/password-reset", new { account = CitizenId }, HttpStatusCode.NoContent);
        var token = await PendingTokenAsync();

        (await WithDbAsync(db => db.PasswordResetTokens.SingleAsync())).TokenHash.ShouldBe(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))));
        await DeliverAsync();

        var payload = await WithDbAsync(db => db.OutboxMessages.Where(m => m.Type == "PasswordResetRequested").Select(m => m.Payload).SingleAsync());
        payload.ShouldNotContain(token);
        var mailbox = Environment.GetEnvironmentVariable(HanoiDvcFactory.MailboxVariable);
        if (!string.IsNullOrEmpty(mailbox) && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(HanoiDvcFactory.SmtpPortVariable)))
        {
            var mail = Directory.EnumerateFiles(Path.Combine(mailbox, "new")).Select(f => MimeMessage.Load(f))
                .SingleOrDefault(m => m.TextBody?.Contains(token, StringComparison.Ordinal) == true);
            mail.ShouldNotBeNull();
            mail.To.Mailboxes.Select(m => m.Address).ShouldBe([Email]);
            mail.Subject.ShouldBe("[DVC Hà Nội] Đặt lại mật khẩu");
            (mail.TextBody ?? string.Empty).ShouldContain($"/dat-lai-mat-khau#token={token}");
        }
    }

    [Test]
    public async Task AReset_SetsThePassword_UsesTheTokenOnce_AndEndsEverySession()
    {
        using var browser = Host.CreateHttpsClient(handleCookies: false);
        var signIn = await browser.SignInAsync(CitizenId, TestAccounts.Password);
        var refresh = signIn.RefreshToken();
        var access = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        await PostAsync(browser, "/api/v1/auth/password-reset", new { account = Email }, HttpStatusCode.NoContent);
        var token = await PendingTokenAsync();

        await PostAsync(browser, "/api/v1/auth/password-reset/confirm", new { token, newPassword = NewPassword }, HttpStatusCode.NoContent);
        using var again = await browser.PostAsJsonAsync("/api/v1/auth/password-reset/confirm", new { token, newPassword = "Hoa-Sen-Do-2028" });

        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "the token works once");
        (await again.ReadProblemAsync()).FieldErrors("token").ShouldHaveSingleItem().ShouldContain("không hợp lệ");
        (await browser.SignInAsync(CitizenId, TestAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await browser.SignInAsync(CitizenId, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.PostWithCookieAsync("/api/v1/auth/refresh", refresh)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the old session's refresh token is revoked");
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        me.Headers.Authorization = new("Bearer", access);
        (await browser.SendAsync(me)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the old access token stops at once");
    }

    [Test]
    public async Task AnExpiredToken_IsRefused_With400OnToken()
    {
        var start = DateTimeOffset.UtcNow;
        Clock.Set(start);
        using var client = Host.CreateHttpsClient();
        await PostAsync(client, "/api/v1/auth/password-reset", new { account = CitizenId }, HttpStatusCode.NoContent);
        var token = await PendingTokenAsync();
        Clock.Set(start.AddMinutes(30));

        using var response = await client.PostAsJsonAsync("/api/v1/auth/password-reset/confirm", new { token, newPassword = NewPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadProblemAsync()).FieldErrors("token").ShouldNotBeEmpty();
        Clock.Reset();
        (await client.SignInAsync(CitizenId, TestAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.OK, "the password did not change");
    }

    [Test]
    public async Task ANewerRequest_SupersedesTheEarlierLink()
    {
        using var client = Host.CreateHttpsClient();
        await PostAsync(client, "/api/v1/auth/password-reset", new { account = CitizenId }, HttpStatusCode.NoContent);
        var first = await PendingTokenAsync();
        await PostAsync(client, "/api/v1/auth/password-reset", new { account = CitizenId }, HttpStatusCode.NoContent);

        using var response = await client.PostAsJsonAsync("/api/v1/auth/password-reset/confirm", new { token = first, newPassword = NewPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [TestCase("short", "10")]
    [TestCase("Matkhau@2026", "phổ biến")]
    [TestCase("Sen-Trang-001099012345", "số định danh")]
    public async Task AWeakPassword_Is400OnNewPassword_AndTheLinkStillWorks(string password, string hint)
    {
        using var client = Host.CreateHttpsClient();
        await PostAsync(client, "/api/v1/auth/password-reset", new { account = CitizenId }, HttpStatusCode.NoContent);
        var token = await PendingTokenAsync();

        using var weak = await client.PostAsJsonAsync("/api/v1/auth/password-reset/confirm", new { token, newPassword = password });

        weak.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await weak.ReadProblemAsync()).FieldErrors("newPassword");
        errors.ShouldContain(m => m.Contains(hint, StringComparison.OrdinalIgnoreCase), string.Join(" | ", errors));
        await PostAsync(client, "/api/v1/auth/password-reset/confirm", new { token, newPassword = NewPassword }, HttpStatusCode.NoContent);
    }

    /// <summary>The token of the newest reset mail still waiting in the outbox.</summary>
    private static async Task<string> PendingTokenAsync()
    {
        var payload = await WithDbAsync(db => db.OutboxMessages.Where(m => m.Type == "PasswordResetRequested")
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Select(m => m.Payload).FirstAsync());
        return JsonDocument.Parse(payload).RootElement.GetProperty("token").GetString()!;
    }
}
