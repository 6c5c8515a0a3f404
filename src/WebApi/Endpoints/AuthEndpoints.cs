using HanoiDvc.Application.Accounts.Commands.RegisterCitizen;
using HanoiDvc.Application.Accounts.Commands.RegisterOrganisation;
using HanoiDvc.Application.Accounts.Commands.RequestPasswordReset;
using HanoiDvc.Application.Accounts.Commands.ResetPassword;
using HanoiDvc.Application.Accounts.Common;
using HanoiDvc.Application.Auth.Commands.RefreshSession;
using HanoiDvc.Application.Auth.Commands.SignInWithExternalProvider;
using HanoiDvc.Application.Auth.Commands.SignInWithPassword;
using HanoiDvc.Application.Auth.Commands.SignOutSession;
using HanoiDvc.Application.Auth.Common;
using HanoiDvc.WebApi.Endpoints.Contracts;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>Sign-in, token refresh, sign-out and registration (anonymous). The refresh token lives only in the HttpOnly cookie.</summary>
internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Authentication").AllowAnonymous();

        group.MapPost("/token", IssueToken)
            .WithName(nameof(IssueToken))
            .WithSummary("Sign in with user name or e-mail and password")
            .WithDescription("Returns a short-lived access token and sets the refresh cookie (HttpOnly, Secure, SameSite=Strict, Path=/api/v1/auth). "
                + "Wrong credentials and unknown users get the same 401; the right password of an account an administrator locked gets 401 "
                + "with code auth.locked_out. Rate-limited per client IP (429), and after repeated failures for one user name from one IP that "
                + "pair gets 429 rate_limit.sign_in_locked for a while, whether or not the account exists; failures never lock the account.")
            .RequireRateLimiting(RateLimitingSetup.LoginPolicy)
            .AddEndpointFilter<SignInLockFilter>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/refresh", RefreshToken)
            .WithName(nameof(RefreshToken))
            .WithSummary("Exchange the refresh cookie for a new access token")
            .WithDescription("Rotates the refresh token: the cookie is replaced and the old token is revoked. Presenting a revoked token revokes the whole session (401 auth.refresh_token_reused), "
                + "except when the same client repeats a refresh within Jwt:RefreshReuseGraceSeconds (30) of the exchange (two tabs at once): "
                + "that answer carries an access token of the same session and leaves the cookie as it is.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapPost("/logout", Logout)
            .WithName(nameof(Logout))
            .WithSummary("Sign out")
            .WithDescription("Revokes the session of the refresh cookie and deletes the cookie. Always 204.");

        group.MapPost("/register/citizen", RegisterCitizen)
            .WithName(nameof(RegisterCitizen))
            .WithSummary("Register a citizen account")
            .WithDescription("The citizen then signs in with the citizen ID number or the e-mail. Taken e-mail or citizen ID → 409 with a code.")
            .RequireRateLimiting(RateLimitingSetup.LoginPolicy)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/register/organisation", RegisterOrganisation)
            .WithName(nameof(RegisterOrganisation))
            .WithSummary("Register an organisation or school account")
            .WithDescription("The organisation then signs in with its tax code or the e-mail. Taken e-mail or tax code → 409 with a code.")
            .RequireRateLimiting(RateLimitingSetup.LoginPolicy)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/password-reset", RequestPasswordReset)
            .WithName(nameof(RequestPasswordReset))
            .WithSummary("Ask for a password reset link by e-mail")
            .WithDescription("Always 204 with no body, whether or not an account matches (no account enumeration). A local account "
                + "with an e-mail address gets a link, usable once for PasswordReset:TokenLifetimeMinutes (30); a newer request "
                + "supersedes it. Accounts without an address or signing in through VNeID get nothing: they recover at a desk. "
                + "Rate-limited per client IP like sign-in (429).")
            .RequireRateLimiting(RateLimitingSetup.LoginPolicy)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/password-reset/confirm", ResetPassword)
            .WithName(nameof(ResetPassword))
            .WithSummary("Set a new password with the token of a reset link")
            .WithDescription("The password rules of registration (400 with errors.newPassword). An unknown, used, superseded or expired "
                + "token → 400 with errors.token. On success (204) every session of the account ends: sign in again.")
            .RequireRateLimiting(RateLimitingSetup.LoginPolicy)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/external/{provider}", SignInWithExternalProvider)
            .WithName(nameof(SignInWithExternalProvider))
            .WithSummary("Sign in with an external identity provider's ID token (VNeID)")
            .WithDescription("Validates the ID token against the provider's discovery document and keys, finds or creates the citizen "
                + "(marked as verified) and answers like /token. Unknown provider → 404; invalid token → 401.")
            .RequireRateLimiting(RateLimitingSetup.LoginPolicy)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    /// <param name="request">User name or e-mail, and password.</param>
    /// <param name="context">The HTTP exchange (client address, cookie).</param>
    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<TokenResponse>> IssueToken(
        TokenRequest request, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        Respond(context, await mediator.Send(new SignInWithPassword(request.UserName, request.Password, ClientIp(context)), cancellationToken));

    /// <param name="context">The HTTP exchange (refresh cookie).</param>
    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<TokenResponse>> RefreshToken(HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        Respond(context, await mediator.Send(new RefreshSession(RefreshCookie.Read(context.Request), ClientIp(context)), cancellationToken));

    /// <param name="context">The HTTP exchange (refresh cookie).</param>
    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<NoContent> Logout(HttpContext context, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new SignOutSession(RefreshCookie.Read(context.Request)), cancellationToken);
        RefreshCookie.Delete(context.Response);
        return TypedResults.NoContent();
    }

    /// <param name="request">The citizen's details and password.</param>
    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Created<RegisteredAccount>> RegisterCitizen(
        RegisterCitizen request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Created("/api/v1/me", await mediator.Send(request, cancellationToken));

    /// <param name="request">The organisation's details, its representative and password.</param>
    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Created<RegisteredAccount>> RegisterOrganisation(
        RegisterOrganisation request, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Created("/api/v1/me", await mediator.Send(request, cancellationToken));

    /// <param name="request">The citizen ID, tax code, user name or e-mail of the account.</param>
    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<NoContent> RequestPasswordReset(
        RequestPasswordReset request, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(request, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <param name="request">The token of the link and the new password.</param>
    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<NoContent> ResetPassword(
        ResetPassword request, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(request, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <param name="provider">Configured provider name, e.g. <c>VNeID</c>.</param>
    /// <param name="request">The provider's ID token.</param>
    /// <param name="context">The HTTP exchange (client address, cookie).</param>
    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<TokenResponse>> SignInWithExternalProvider(
        string provider, ExternalTokenRequest request, HttpContext context, IMediator mediator, CancellationToken cancellationToken) =>
        Respond(context, await mediator.Send(new SignInWithExternalProvider(provider, request.IdToken, ClientIp(context)), cancellationToken));

    private static Ok<TokenResponse> Respond(HttpContext context, SessionTokens tokens)
    {
        // A repeated refresh within the grace window keeps the cookie the browser already has (see RefreshSession).
        if (tokens.RefreshToken is not null)
        {
            RefreshCookie.Write(context.Response, tokens.RefreshToken, tokens.RefreshTokenExpiresAt);
        }

        return TypedResults.Ok(new TokenResponse(tokens.AccessToken.Token, tokens.AccessToken.ExpiresInSeconds, "Bearer"));
    }

    private static string? ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();
}
