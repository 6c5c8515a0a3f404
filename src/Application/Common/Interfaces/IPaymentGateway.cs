namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>
/// A payment gateway (VNPay, later PayGov…): it signs the redirect that sends the payer to the gateway, and reads (and
/// verifies) what the gateway sends back. It never decides anything about the payment itself.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>The gateway's name, stored on each payment (<c>vnpay</c>).</summary>
    string Provider { get; }

    /// <summary>The signed address to send the payer's browser to.</summary>
    Uri CreatePaymentUrl(PaymentOrder order);

    /// <summary>Reads a notification or a browser return; <see cref="GatewayCallback.SignatureValid"/> says whether it verified.</summary>
    GatewayCallback ReadCallback(IReadOnlyDictionary<string, string> parameters);
}

/// <summary>The gateways the application knows, by name; <see cref="Default"/> takes new payments.</summary>
public interface IPaymentGateways
{
    /// <summary>The gateway new payments go through (configuration <c>Payments:Provider</c>).</summary>
    IPaymentGateway Default { get; }

    /// <summary>The gateway named <paramref name="provider"/>.</summary>
    /// <exception cref="InvalidOperationException">No such gateway is configured.</exception>
    IPaymentGateway Get(string provider);
}

/// <summary>What the gateway is asked to collect.</summary>
/// <param name="OrderRef">Our unique order reference.</param>
/// <param name="AmountVnd">The amount in đồng.</param>
/// <param name="Description">What is paid for (shown to the payer; ASCII is safest).</param>
/// <param name="CreatedAt">When the order is made.</param>
/// <param name="ExpiresAt">After this, the gateway refuses it.</param>
/// <param name="PayerIp">The payer's IP address.</param>
/// <param name="Locale"><c>vn</c> or <c>en</c>.</param>
public sealed record PaymentOrder(string OrderRef, long AmountVnd, string Description, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string PayerIp, string Locale);

/// <summary>What a gateway said about an order.</summary>
/// <param name="SignatureValid">Whether the message carries a valid signature of the gateway.</param>
/// <param name="OrderRef">The order reference it names.</param>
/// <param name="AmountVnd">The amount it says was paid, in đồng.</param>
/// <param name="Succeeded">Whether the gateway says the money was taken.</param>
/// <param name="ResponseCode">The gateway's code.</param>
/// <param name="TransactionNo">The gateway's transaction number.</param>
/// <param name="BankCode">The payer's bank.</param>
public sealed record GatewayCallback(bool SignatureValid, string? OrderRef, long? AmountVnd, bool Succeeded, string? ResponseCode, string? TransactionNo, string? BankCode);
