namespace HanoiDvc.Infrastructure.Payments;

/// <summary>Configuration section <c>Payments</c>: which gateway takes new payments and each gateway's settings.</summary>
public sealed class PaymentOptions
{
    public const string Section = "Payments";

    /// <summary>The gateway new payments go through.</summary>
    public string Provider { get; set; } = VnPayGateway.Name;

    public VnPayOptions VnPay { get; set; } = new();

    public SandboxOptions Sandbox { get; set; } = new();
}

/// <summary>
/// The merchant's VNPay settings (section <c>Payments:VnPay</c>). <see cref="TmnCode"/> and <see cref="HashSecret"/>
/// are secrets: set them through the environment (<c>Payments__VnPay__HashSecret</c>), never in a committed file.
/// </summary>
public sealed class VnPayOptions
{
    /// <summary>The merchant's terminal code (<c>vnp_TmnCode</c>).</summary>
    public string TmnCode { get; set; } = string.Empty;

    /// <summary>The key of the HMAC-SHA512 signatures.</summary>
    public string HashSecret { get; set; } = string.Empty;

    /// <summary>VNPay's payment page.</summary>
    public Uri PaymentUrl { get; set; } = new("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html");

    /// <summary>
    /// Where VNPay sends the browser back; relative addresses are resolved against <c>PublicSite:BaseUrl</c>. The SPA's
    /// page there passes the same query to <c>GET /api/v1/payments/vnpay/return</c> and shows what the API recorded.
    /// </summary>
    public string ReturnPath { get; set; } = "/thanh-toan/ket-qua";

    /// <summary>The protocol version (<c>vnp_Version</c>).</summary>
    public string Version { get; set; } = "2.1.0";
}

/// <summary>
/// The built-in sandbox gateway (section <c>Payments:Sandbox</c>): it takes the place of VNPay's payment page, speaks
/// the same protocol with the same keys, and lets whoever pays choose the outcome. Never in Production.
/// </summary>
public sealed class SandboxOptions
{
    public bool Enabled { get; set; }
}
