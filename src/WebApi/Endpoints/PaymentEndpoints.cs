using System.Net;
using System.Text;
using System.Text.Json.Serialization;
using HanoiDvc.Application.Payments.Commands.ReceivePaymentNotification;
using HanoiDvc.Application.Payments.Commands.StartPayment;
using HanoiDvc.Application.Payments.Common;
using HanoiDvc.Application.Payments.Queries.GetDossierPayments;
using HanoiDvc.Application.Payments.Queries.GetPaymentReceipt;
using HanoiDvc.Application.Payments.Queries.GetPaymentReturn;
using HanoiDvc.Application.Payments.Queries.GetReconciliation;
using HanoiDvc.Infrastructure.Payments;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>
/// Online fee payment (level 4): the applicant starts a payment and is sent to the gateway; the gateway's IPN (anonymous,
/// verified) settles it; the browser return only shows the outcome; finance reconciles. The sandbox gateway's pages
/// answer only when it is enabled.
/// </summary>
internal static class PaymentEndpoints
{
    public static void MapPaymentEndpoints(this IEndpointRouteBuilder app)
    {
        var dossiers = app.MapGroup("/api/v1/dossiers/{id:guid}/payments").WithTags("Payments").RequireAuthorization(Policies.Authenticated)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        dossiers.MapPost("/", StartPayment).WithName(nameof(StartPayment))
            .WithSummary("Start paying a level-4 dossier's fees online: returns the gateway address to send the browser to")
            .WithDescription("The applicant of a level-4 dossier with an amount due. Creates a pending payment with a unique order reference and an expiry, and answers "
                + "the signed VNPay address (`redirectUrl`) to send the browser to; the payment is confirmed only by the gateway's IPN. A dossier already paid,"
                + " or not payable online, is a 409.");
        dossiers.MapGet("/", GetDossierPayments).WithName(nameof(GetDossierPayments)).WithSummary("The dossier's online payments, newest first")
            .WithDescription("The applicant and the officials of the handling agencies: each attempt with its status, gateway transaction number and bank.");
        dossiers.MapGet("/{paymentId:guid}/receipt", GetPaymentReceipt).WithName(nameof(GetPaymentReceipt))
            .WithSummary("The receipt of a confirmed payment as PDF")
            .WithDescription("The applicant and the officials of the handling agencies; only for a payment the gateway confirmed (otherwise 409).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");

        var vnpay = app.MapGroup("/api/v1/payments/vnpay").WithTags("Payments").AllowAnonymous();
        vnpay.MapGet("/ipn", VnPayIpn).WithName(nameof(VnPayIpn))
            .WithSummary("VNPay's server-to-server notification (IPN): verified, authoritative; answers RspCode 00/01/02/04/97/99")
            .WithDescription("Called by the VNPay gateway only. The query's `vnp_SecureHash` (HMAC-SHA512) is verified; the payment is found by `vnp_TxnRef`, the amount "
                + "compared, and the outcome recorded once — a repeated notification answers `02` (already confirmed) and changes nothing. By the gateway's "
                + "protocol the answer is always 200 with `RspCode`: 00 confirmed, 01 order not found, 02 already confirmed, 04 wrong amount, 97 bad signature,"
                + " 99 other error.");
        vnpay.MapGet("/return", VnPayReturn).WithName(nameof(VnPayReturn))
            .WithSummary("Where VNPay sends the payer's browser back: shows the outcome, changes nothing")
            .WithDescription("Anonymous; the portal's payment-return page passes the gateway's query on unchanged. Verifies the signature and reports what the gateway "
                + "said and what the API has recorded; a success not yet confirmed by the IPN is reported as pending. Never changes a payment.");

        var sandbox = app.MapGroup("/api/v1/payments/sandbox").WithTags("Payments").AllowAnonymous().ExcludeFromDescription();
        sandbox.MapGet("/pay", SandboxPay).WithName(nameof(SandboxPay)).WithSummary("The sandbox gateway's payment page");
        sandbox.MapGet("/complete", SandboxComplete).WithName(nameof(SandboxComplete))
            .WithSummary("The payer's choice on the sandbox page: sends the signed IPN and redirects to the return address");

        app.MapGet("/api/v1/finance/reconciliation", GetReconciliation).WithTags("Payments").RequireAuthorization(Policies.Authenticated)
            .WithName(nameof(GetReconciliation))
            .WithSummary("Paid, pending, failed and refunded payments per agency and business day (Leader, AgencyAdmin: own agency; SystemAdmin: all)")
            .WithDescription("For the finance office's daily reconciliation with the gateway's statement: counts and amounts in VND per agency and Hanoi business day "
                + "between `from` and `to` (at most 366 days).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    public static async Task<Created<StartedPaymentDto>> StartPayment(IMediator mediator, HttpContext http, Guid id, string? locale, CancellationToken cancellationToken)
    {
        var ip = http.Connection.RemoteIpAddress?.MapToIPv4().ToString() ?? IPAddress.Loopback.ToString();
        var started = await mediator.Send(new StartPayment(id, ip, locale), cancellationToken);
        return TypedResults.Created($"/api/v1/dossiers/{id}/payments/{started.PaymentId}", started);
    }

    public static async Task<Ok<IReadOnlyList<PaymentDto>>> GetDossierPayments(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetDossierPayments(id), cancellationToken));

    public static async Task<FileContentHttpResult> GetPaymentReceipt(IMediator mediator, Guid id, Guid paymentId, CancellationToken cancellationToken)
    {
        var pdf = await mediator.Send(new GetPaymentReceipt(id, paymentId), cancellationToken);
        return TypedResults.File(pdf.Content, "application/pdf", pdf.FileName);
    }

    public static async Task<Ok<VnPayIpnAnswer>> VnPayIpn(IMediator mediator, HttpContext http, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await mediator.Send(new ReceivePaymentNotification(VnPayGateway.Name, Parameters(http), http.Request.QueryString.Value ?? string.Empty), cancellationToken);
            return TypedResults.Ok(VnPayIpnAnswer.Of(outcome));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // VNPay reads only RspCode: anything unexpected is 99, and VNPay retries.
            loggers.CreateLogger(typeof(PaymentEndpoints)).LogError(exception, "VNPay IPN failed");
            return TypedResults.Ok(VnPayIpnAnswer.Of(NotificationOutcome.Error));
        }
    }

    public static async Task<Ok<PaymentReturnDto>> VnPayReturn(IMediator mediator, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPaymentReturn(VnPayGateway.Name, Parameters(http), http.Request.QueryString.Value ?? string.Empty), cancellationToken));

    public static Results<ContentHttpResult, NotFound, BadRequest<string>> SandboxPay(VnPaySandbox sandbox, HttpContext http)
    {
        if (!sandbox.Enabled)
        {
            return TypedResults.NotFound();
        }

        // A page of links: nothing to load but its empty icon.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        var order = sandbox.ReadOrder(Parameters(http));
        if (order is null)
        {
            return TypedResults.BadRequest("Chữ ký hoặc mã website không hợp lệ (invalid signature or terminal).");
        }

        var query = WebUtility.HtmlEncode(Uri.EscapeDataString(http.Request.QueryString.Value?.TrimStart('?') ?? string.Empty));
        var amount = long.Parse(order["vnp_Amount"], System.Globalization.CultureInfo.InvariantCulture) / 100;
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><title>Cổng thanh toán thử nghiệm</title></head><body>")
            .Append("<h1>Cổng thanh toán thử nghiệm (sandbox)</h1>")
            .Append("<p>Đơn hàng: ").Append(WebUtility.HtmlEncode(order["vnp_TxnRef"])).Append("<br>Nội dung: ")
            .Append(WebUtility.HtmlEncode(order.GetValueOrDefault("vnp_OrderInfo"))).Append("<br>Số tiền: ").Append(amount.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)).Append(" VND</p><ul>");
        foreach (var (outcome, label) in new[] { ("Pay", "Thanh toán"), ("Cancel", "Hủy giao dịch"), ("Fail", "Giao dịch thất bại") })
        {
            html.Append($"<li><a href=\"complete?outcome={outcome}&amp;order={query}\">{label}</a> · ")
                .Append($"<a href=\"complete?outcome={outcome}&amp;ipnDelaySeconds=30&amp;order={query}\">{label} (IPN trễ 30 giây)</a></li>");
        }

        return TypedResults.Content(html.Append("</ul></body></html>").ToString(), "text/html; charset=utf-8");
    }

    public static async Task<Results<RedirectHttpResult, NotFound, BadRequest<string>>> SandboxComplete(
        VnPaySandbox sandbox, SandboxOutcome outcome, string order, int? ipnDelaySeconds, CancellationToken cancellationToken)
    {
        if (!sandbox.Enabled)
        {
            return TypedResults.NotFound();
        }

        var parameters = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(order).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        var verified = sandbox.ReadOrder(parameters);
        if (verified is null)
        {
            return TypedResults.BadRequest("Chữ ký không hợp lệ (invalid signature).");
        }

        var delay = ipnDelaySeconds is > 0 ? TimeSpan.FromSeconds(Math.Min(ipnDelaySeconds.Value, 3600)) : (TimeSpan?)null;
        var returnUrl = await sandbox.CompleteAsync(verified, outcome, delay, cancellationToken);
        return TypedResults.Redirect(returnUrl.AbsoluteUri);
    }

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="from">First business day (yyyy-MM-dd).</param>
    /// <param name="to">Last business day (yyyy-MM-dd).</param>
    /// <param name="agencyId">One agency; all the caller may see when absent.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<IReadOnlyList<ReconciliationRow>>> GetReconciliation(IMediator mediator, DateOnly from, DateOnly to, Guid? agencyId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetReconciliation(from, to, agencyId), cancellationToken));

    private static Dictionary<string, string> Parameters(HttpContext http) =>
        http.Request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
}

/// <summary>VNPay's expected answer to an IPN.</summary>
/// <param name="RspCode">00 confirmed, 01 order not found, 02 already confirmed, 04 invalid amount, 97 invalid signature, 99 other.</param>
/// <param name="Message">VNPay's wording of the code.</param>
public sealed record VnPayIpnAnswer([property: JsonPropertyName("RspCode")] string RspCode, [property: JsonPropertyName("Message")] string Message)
{
    public static VnPayIpnAnswer Of(NotificationOutcome outcome) => outcome switch
    {
        NotificationOutcome.Confirmed => new("00", "Confirm Success"),
        NotificationOutcome.OrderNotFound => new("01", "Order not found"),
        NotificationOutcome.AlreadyConfirmed => new("02", "Order already confirmed"),
        NotificationOutcome.InvalidAmount => new("04", "Invalid amount"),
        NotificationOutcome.InvalidSignature => new("97", "Invalid signature"),
        _ => new("99", "Unknown error"),
    };
}
