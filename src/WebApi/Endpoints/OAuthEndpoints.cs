using System.Text;
using System.Text.Json.Serialization;
using HanoiDvc.Application.Integrations.Clients;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>The OAuth2 token endpoint of integrators (client-credentials grant, RFC 6749 §4.4).</summary>
internal static class OAuthEndpoints
{
    public const string TokenPath = "/api/v1/oauth/token";

    public static void MapOAuthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost(TokenPath, IssueClientToken).WithTags("Integrators").AllowAnonymous().DisableAntiforgery()
            .RequireRateLimiting(RateLimitingSetup.LoginPolicy)
            .WithName(nameof(IssueClientToken))
            .WithSummary("Get an access token with client credentials (OAuth2 client_credentials grant)")
            .WithDescription("Form-encoded (`application/x-www-form-urlencoded`): `grant_type=client_credentials`, optionally `scope` (space-separated; "
                + "default: every scope of the client). Authenticate with HTTP Basic (`client_id:client_secret`) or with `client_id` and `client_secret` in the body. "
                + "The answer is RFC 6749 JSON; errors are `{\"error\": \"invalid_client\" | \"invalid_scope\" | \"invalid_request\" | \"unsupported_grant_type\"}`. "
                + "Tokens live `Integrations:AccessTokenMinutes` (10 minutes by default) and are refused at once when the client is disabled or its secret revoked.")
            .Accepts<ClientCredentialsForm>("application/x-www-form-urlencoded")
            .Produces<ClientTokenResponse>(StatusCodes.Status200OK)
            .Produces<OAuthError>(StatusCodes.Status400BadRequest)
            .Produces<OAuthError>(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    public static async Task<IResult> IssueClientToken(HttpContext http, IMediator mediator, ClientTokens tokens, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "Send the request as application/x-www-form-urlencoded.");
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        if (form["grant_type"] != "client_credentials")
        {
            return Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
        }

        var basic = ReadBasic(http.Request.Headers.Authorization.ToString());
        var (clientId, secret) = basic ?? (form["client_id"].ToString(), form["client_secret"].ToString());
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(secret))
        {
            return Error(StatusCodes.Status401Unauthorized, "invalid_client", "Client authentication is missing.", basic is not null);
        }

        try
        {
            var grant = await mediator.Send(new AuthenticateClient(clientId, secret, form["scope"].ToString()), cancellationToken);
            var (token, expiresIn) = tokens.Issue(grant);
            return TypedResults.Ok(new ClientTokenResponse(token, "Bearer", expiresIn, string.Join(' ', grant.Scopes)));
        }
        catch (ClientCredentialsException refused)
        {
            return refused.Error == "invalid_client"
                ? Error(StatusCodes.Status401Unauthorized, refused.Error, refused.Message, basic is not null)
                : Error(StatusCodes.Status400BadRequest, refused.Error, refused.Message);
        }
    }

    private static (string ClientId, string Secret)? ReadBasic(string header)
    {
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            // RFC 6749 §2.3.1: both parts are form-url-encoded before Base64.
            return colon < 0 ? null : (Uri.UnescapeDataString(decoded[..colon].Replace('+', ' ')), Uri.UnescapeDataString(decoded[(colon + 1)..].Replace('+', ' ')));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static OAuthErrorResult Error(int status, string error, string description, bool basicChallenge = false) =>
        new OAuthErrorResult(status, new OAuthError(error, description), basicChallenge);

    /// <summary>RFC 6749 §5.2 JSON; a refused Basic authentication also gets <c>WWW-Authenticate: Basic</c>.</summary>
    private sealed class OAuthErrorResult(int status, OAuthError error, bool basicChallenge) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            if (basicChallenge)
            {
                httpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"hanoidvc\"";
            }

            return Results.Json(error, statusCode: status).ExecuteAsync(httpContext);
        }
    }

    /// <summary>The form of a token request.</summary>
    /// <param name="GrantType">Always <c>client_credentials</c>.</param>
    /// <param name="ClientId">The client id, unless sent by HTTP Basic.</param>
    /// <param name="ClientSecret">The secret, unless sent by HTTP Basic.</param>
    /// <param name="Scope">Space-separated scopes; none for every scope of the client.</param>
    public sealed record ClientCredentialsForm(
        [property: JsonPropertyName("grant_type")] string GrantType,
        [property: JsonPropertyName("client_id")] string? ClientId,
        [property: JsonPropertyName("client_secret")] string? ClientSecret,
        [property: JsonPropertyName("scope")] string? Scope);

    /// <summary>An access token (RFC 6749 §5.1).</summary>
    public sealed record ClientTokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("token_type")] string TokenType,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("scope")] string Scope);

    /// <summary>A refused token request (RFC 6749 §5.2).</summary>
    public sealed record OAuthError(
        [property: JsonPropertyName("error")] string Error,
        [property: JsonPropertyName("error_description")] string? ErrorDescription);
}
