namespace HanoiDvc.Application.Payments.Common;

/// <summary>Configuration section <c>Payments</c>: what the use cases need to know of online payment (the gateways' own settings live with them).</summary>
public sealed class PaymentSettings
{
    public const string Section = "Payments";

    /// <summary>How long the gateway accepts a payment after the payer is sent to it (VNPay: <c>vnp_ExpireDate</c>).</summary>
    public TimeSpan PaymentWindow { get; set; } = TimeSpan.FromMinutes(15);
}
