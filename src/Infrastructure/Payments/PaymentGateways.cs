using HanoiDvc.Application.Common.Interfaces;

namespace HanoiDvc.Infrastructure.Payments;

/// <summary>The registered gateways by name; a new provider (PayGov) is one more <see cref="IPaymentGateway"/> registration.</summary>
internal sealed class PaymentGateways(IEnumerable<IPaymentGateway> gateways, IOptions<PaymentOptions> options) : IPaymentGateways
{
    public IPaymentGateway Default => Get(options.Value.Provider);

    public IPaymentGateway Get(string provider) =>
        gateways.FirstOrDefault(g => string.Equals(g.Provider, provider, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"No payment gateway '{provider}' is registered.");
}
