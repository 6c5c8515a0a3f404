using System.Globalization;
using Hangfire;
using HanoiDvc.Application.Payments.Commands.ReceivePaymentNotification;
using MediatR;
using Microsoft.AspNetCore.WebUtilities;

namespace HanoiDvc.Infrastructure.Payments;

/// <summary>What the payer chooses on the sandbox's page.</summary>
public enum SandboxOutcome
{
    /// <summary>The money is taken (VNPay 00).</summary>
    Pay,

    /// <summary>The payer cancels (VNPay 24).</summary>
    Cancel,

    /// <summary>The bank refuses (VNPay 51, insufficient funds).</summary>
    Fail,
}

/// <summary>
/// The built-in sandbox gateway: it stands in for VNPay's payment page with the same protocol and keys, so the whole
/// flow runs locally. It checks the signed request as VNPay would, then, on the payer's choice, sends a signed
/// notification to the application's IPN handler (now, or later through Hangfire to play a late IPN) and sends the
/// browser back to the return address with signed parameters. Enabled by <c>Payments:Sandbox:Enabled</c>; the host
/// refuses to start with it in Production (the WebApi's ProductionSafetyCheck).
/// </summary>
public sealed class VnPaySandbox(IOptions<PaymentOptions> options, TimeProvider clock, IMediator sender, IBackgroundJobClient jobs)
{
    private static readonly string[] Echoed = ["vnp_Amount", "vnp_TxnRef", "vnp_OrderInfo", "vnp_TmnCode"];

    public bool Enabled => options.Value.Sandbox.Enabled;

    /// <summary>The order of a signed payment request, or null when the signature, the terminal or the command is wrong.</summary>
    public IReadOnlyDictionary<string, string>? ReadOrder(IReadOnlyDictionary<string, string> request)
    {
        var settings = options.Value.VnPay;
        var valid = VnPaySignature.Verify(settings.HashSecret, request)
            && request.GetValueOrDefault("vnp_TmnCode") == settings.TmnCode
            && request.GetValueOrDefault("vnp_Command") == "pay"
            && request.ContainsKey("vnp_TxnRef") && request.ContainsKey("vnp_ReturnUrl");
        return valid ? request : null;
    }

    /// <summary>
    /// The payer chose <paramref name="outcome"/> for a verified order: sends the notification (after
    /// <paramref name="ipnDelay"/> when given) and returns where to send the browser.
    /// </summary>
    public async Task<Uri> CompleteAsync(IReadOnlyDictionary<string, string> order, SandboxOutcome outcome, TimeSpan? ipnDelay, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Both are yyyyMMddHHmmss in GMT+7, so they compare as text.
        var expired = order.TryGetValue("vnp_ExpireDate", out var expires) && string.CompareOrdinal(VnPayGateway.VietnamTime(now), expires) > 0;
        var (response, status) = expired ? ("11", "02") : outcome switch
        {
            SandboxOutcome.Pay => ("00", "00"),
            SandboxOutcome.Cancel => ("24", "02"),
            _ => ("51", "02"),
        };
        var result = Echoed.Where(order.ContainsKey).ToDictionary(k => k, k => order[k], StringComparer.Ordinal);
        result["vnp_ResponseCode"] = response;
        result["vnp_TransactionStatus"] = status;
        result["vnp_TransactionNo"] = response == "00" ? (now.ToUnixTimeMilliseconds() % 100_000_000).ToString(CultureInfo.InvariantCulture) : "0";
        result["vnp_BankCode"] = "NCB";
        result["vnp_CardType"] = "ATM";
        result["vnp_PayDate"] = VnPayGateway.VietnamTime(now);
        var signed = VnPaySignature.SignedQuery(options.Value.VnPay.HashSecret, result);

        if (ipnDelay is { } delay && delay > TimeSpan.Zero)
        {
            jobs.Schedule<SandboxNotificationJob>(job => job.DeliverAsync(signed, CancellationToken.None), delay);
        }
        else
        {
            await SandboxNotificationJob.DeliverAsync(sender, signed, cancellationToken);
        }

        return new UriBuilder(order["vnp_ReturnUrl"]) { Query = signed }.Uri;
    }
}

/// <summary>Delivers a sandbox notification to the IPN handler, as VNPay's server would call the IPN address.</summary>
public sealed class SandboxNotificationJob(IMediator sender)
{
    /// <summary>Hangfire's entry point for a delayed (late) notification.</summary>
    public Task DeliverAsync(string signedQuery, CancellationToken cancellationToken) => DeliverAsync(sender, signedQuery, cancellationToken);

    internal static async Task DeliverAsync(IMediator sender, string signedQuery, CancellationToken cancellationToken)
    {
        var parameters = QueryHelpers.ParseQuery(signedQuery).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        await sender.Send(new ReceivePaymentNotification(VnPayGateway.Name, parameters, signedQuery), cancellationToken);
    }
}
