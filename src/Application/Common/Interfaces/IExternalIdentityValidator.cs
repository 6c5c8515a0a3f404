using HanoiDvc.Application.Auth.Common;

namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>Validates ID tokens of the configured external OpenID Connect providers (configuration <c>Authentication:External:&lt;Name&gt;</c>).</summary>
public interface IExternalIdentityValidator
{
    /// <summary>Checks the token's signature against the provider's keys, its issuer, audience and lifetime, and reads the person.</summary>
    /// <exception cref="Exceptions.NotFoundException">No such provider is configured.</exception>
    /// <exception cref="Exceptions.AuthenticationFailedException">The token is not valid.</exception>
    Task<ExternalIdentity> ValidateAsync(string provider, string idToken, CancellationToken cancellationToken);
}
