using System.Globalization;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Infrastructure.Payments;

/// <summary>
/// The VNPay payment gateway (protocol 2.1.0): signs the redirect to VNPay's payment page (or to the built-in sandbox,
/// which speaks the same protocol) and verifies what VNPay sends back.
/// </summary>
public sealed class VnPayGateway(IOptions<PaymentOptions> options, IOptions<PublicSiteOptions> site) : IPaymentGateway
{
    public const string Name = "vnpay";

    /// <summary>VNPay's dates: yyyyMMddHHmmss in GMT+7.</summary>
    public const string DateFormat = "yyyyMMddHHmmss";

    /// <summary>Where the sandbox's payment page answers.</summary>
    public const string SandboxPayPath = "/api/v1/payments/sandbox/pay";

    public string Provider => Name;

    private VnPayOptions Settings => options.Value.VnPay;

    public Uri CreatePaymentUrl(PaymentOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        EnsureConfigured();
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["vnp_Version"] = Settings.Version,
            ["vnp_Command"] = "pay",
            ["vnp_TmnCode"] = Settings.TmnCode,
            ["vnp_Amount"] = checked(order.AmountVnd * 100).ToString(CultureInfo.InvariantCulture),
            ["vnp_CurrCode"] = "VND",
            ["vnp_TxnRef"] = order.OrderRef,
            ["vnp_OrderInfo"] = order.Description,
            ["vnp_OrderType"] = "other",
            ["vnp_Locale"] = order.Locale,
            ["vnp_ReturnUrl"] = new Uri(site.Value.BaseUrl, Settings.ReturnPath).AbsoluteUri,
            ["vnp_IpAddr"] = order.PayerIp,
            ["vnp_CreateDate"] = VietnamTime(order.CreatedAt),
            ["vnp_ExpireDate"] = VietnamTime(order.ExpiresAt),
        };
        var page = options.Value.Sandbox.Enabled ? new Uri(site.Value.BaseUrl, SandboxPayPath) : Settings.PaymentUrl;
        return new UriBuilder(page) { Query = VnPaySignature.SignedQuery(Settings.HashSecret, parameters) }.Uri;
    }

    public GatewayCallback ReadCallback(IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var valid = VnPaySignature.Verify(Settings.HashSecret, parameters)
            && parameters.GetValueOrDefault("vnp_TmnCode") == Settings.TmnCode;
        var responseCode = parameters.GetValueOrDefault("vnp_ResponseCode");
        return new GatewayCallback(
            valid,
            parameters.GetValueOrDefault("vnp_TxnRef"),
            AmountOf(parameters.GetValueOrDefault("vnp_Amount")),
            responseCode == "00" && parameters.GetValueOrDefault("vnp_TransactionStatus") == "00",
            responseCode,
            parameters.GetValueOrDefault("vnp_TransactionNo"),
            parameters.GetValueOrDefault("vnp_BankCode"));
    }

    /// <summary>An instant as VNPay writes it.</summary>
    public static string VietnamTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, VietnamTimeZone.Instance).ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>vnp_Amount is the amount × 100; anything else (not a number, not whole đồng) matches no payment.</summary>
    private static long? AmountOf(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var hundredths) && hundredths % 100 == 0 ? hundredths / 100 : null;

    private void EnsureConfigured()
    {
        if (string.IsNullOrEmpty(Settings.TmnCode) || string.IsNullOrEmpty(Settings.HashSecret))
        {
            throw new InvalidOperationException("Payments:VnPay:TmnCode and Payments:VnPay:HashSecret are not configured.");
        }
    }
}
