using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HanoiDvc.WebApi.IntegrationTests.Auth;

/// <summary>
/// A tiny OpenID Connect issuer on Kestrel at 127.0.0.1 (a free port): a discovery document and a JWKS with the RSA
/// key it holds, and ID tokens signed with that key. Stands in for VNeID, whose endpoints are not public.
/// </summary>
internal sealed class TestOidcIssuer : IAsyncDisposable
{
    public const string ClientId = "hanoidvc-test-client";

    private readonly WebApplication _app;
    private readonly RSA _rsa;

    private TestOidcIssuer(WebApplication app, RSA rsa, RsaSecurityKey key)
    {
        _app = app;
        _rsa = rsa;
        Key = key;
    }

    /// <summary>The issuer's base URL (also its <c>iss</c>).</summary>
    public string Authority { get; private set; } = string.Empty;

    /// <summary>The key published in the JWKS.</summary>
    public RsaSecurityKey Key { get; }

    public static async Task<TestOidcIssuer> StartAsync()
    {
        var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = "test-issuer-key-1" };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var issuer = new TestOidcIssuer(app, rsa, key);

        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer.Authority,
            ["jwks_uri"] = issuer.Authority + "/jwks",
            ["authorization_endpoint"] = issuer.Authority + "/authorize",
            ["token_endpoint"] = issuer.Authority + "/token",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/jwks", () =>
        {
            var parameters = rsa.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new
                    {
                        kty = "RSA",
                        use = "sig",
                        alg = "RS256",
                        kid = key.KeyId,
                        n = Base64UrlEncoder.Encode(parameters.Modulus),
                        e = Base64UrlEncoder.Encode(parameters.Exponent),
                    },
                },
            });
        });

        await app.StartAsync();
        issuer.Authority = app.Urls.Single().TrimEnd('/');
        return issuer;
    }

    /// <summary>An ID token for this client, valid for five minutes unless told otherwise.</summary>
    public string IssueIdToken(
        string subject, string citizenId, string name,
        string audience = ClientId, DateTime? expires = null, SecurityKey? signingKey = null)
    {
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddMinutes(5);
        var issuedAt = expiry < now ? expiry.AddMinutes(-10) : now;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expiry,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = subject,
                ["citizen_id"] = citizenId,
                ["name"] = name,
            },
            SigningCredentials = new SigningCredentials(signingKey ?? Key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
    }
}
