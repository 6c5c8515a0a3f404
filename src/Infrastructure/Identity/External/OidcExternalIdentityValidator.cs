using HanoiDvc.Application.Auth.Common;
using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Domain.Accounts;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace HanoiDvc.Infrastructure.Identity.External;

/// <summary>
/// Validates ID tokens of the providers configured under <c>Authentication:External</c>: signature against the keys
/// of the provider's JWKS (found through its discovery document, cached and refreshed by
/// <see cref="ConfigurationManager{T}"/>), issuer = the discovered issuer, audience = the client id, lifetime.
/// A singleton: the metadata cache lives as long as the application.
/// </summary>
internal sealed class OidcExternalIdentityValidator : IExternalIdentityValidator, IDisposable
{
    private readonly Dictionary<string, Provider> _providers = new(StringComparer.OrdinalIgnoreCase);
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public OidcExternalIdentityValidator(IConfiguration configuration)
    {
        foreach (var section in configuration.GetSection(ExternalProviderOptions.Section).GetChildren())
        {
            var options = section.Get<ExternalProviderOptions>() ?? new ExternalProviderOptions();
            if (string.IsNullOrWhiteSpace(options.Authority) || string.IsNullOrWhiteSpace(options.ClientId))
            {
                throw new InvalidOperationException($"{ExternalProviderOptions.Section}:{section.Key} needs Authority and ClientId.");
            }

            var metadataAddress = options.Authority.TrimEnd('/') + "/.well-known/openid-configuration";
            var manager = new ConfigurationManager<OpenIdConnectConfiguration>(
                metadataAddress,
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever(_http) { RequireHttps = options.RequireHttpsMetadata });
            _providers[section.Key] = new Provider(section.Key, options, manager);
        }
    }

    public async Task<ExternalIdentity> ValidateAsync(string provider, string idToken, CancellationToken cancellationToken)
    {
        if (!_providers.TryGetValue(provider, out var configured))
        {
            throw new NotFoundException($"No external identity provider named '{provider}' is configured.");
        }

        var result = await ValidateOnceAsync(configured, idToken, cancellationToken);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The provider may have rotated its keys since the JWKS was cached: fetch it again (rate-limited by the manager).
            configured.Metadata.RequestRefresh();
            result = await ValidateOnceAsync(configured, idToken, cancellationToken);
        }

        if (!result.IsValid)
        {
            throw Invalid();
        }

        var claims = result.ClaimsIdentity;
        var subject = claims.FindFirst(JwtRegisteredClaimNames.Sub)?.Value;
        var citizenId = claims.FindFirst(configured.Options.CitizenIdClaim)?.Value;
        if (string.IsNullOrWhiteSpace(subject) || !CitizenId.TryParse(citizenId, out var parsed))
        {
            throw Invalid();
        }

        var name = claims.FindFirst(configured.Options.NameClaim)?.Value?.Trim() ?? string.Empty;
        return new ExternalIdentity(ProviderKey(configured.Name), subject, parsed.Value, name.Length > 150 ? name[..150] : name);
    }

    public void Dispose() => _http.Dispose();

    private async Task<TokenValidationResult> ValidateOnceAsync(Provider provider, string idToken, CancellationToken cancellationToken)
    {
        var metadata = await provider.Metadata.GetConfigurationAsync(cancellationToken);
        return await _handler.ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = metadata.Issuer,
            ValidAudience = provider.Options.ClientId,
            IssuerSigningKeys = metadata.SigningKeys,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(1),
        });
    }

    private static string ProviderKey(string name) =>
#pragma warning disable CA1308 // Provider keys are stored lower case by design (e.g. "vneid"); they are ASCII configuration names.
        name.ToLowerInvariant();
#pragma warning restore CA1308

    private static AuthenticationFailedException Invalid() => new(
        AuthenticationFailedException.InvalidExternalToken,
        Localized.Text(
            "Không xác thực được thông tin định danh từ nhà cung cấp định danh.",
            "The identity token from the identity provider could not be validated."));

    private sealed record Provider(string Name, ExternalProviderOptions Options, ConfigurationManager<OpenIdConnectConfiguration> Metadata);
}
