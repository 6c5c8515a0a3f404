using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Infrastructure.Payments;

/// <summary>Refuses to start a Production host with the sandbox gateway enabled: it would let anyone "pay" without money.</summary>
internal sealed class PaymentOptionsValidator(IHostEnvironment environment) : IValidateOptions<PaymentOptions>
{
    public ValidateOptionsResult Validate(string? name, PaymentOptions options) =>
        options.Sandbox.Enabled && environment.IsProduction()
            ? ValidateOptionsResult.Fail("Payments:Sandbox:Enabled must be false in Production: the sandbox gateway confirms payments without money.")
            : ValidateOptionsResult.Success;
}
