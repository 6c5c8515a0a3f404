using System.Text;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace HanoiDvc.WebApi.Security;

/// <summary>JWT bearer authentication, the named policies and the current user; requests to endpoints that declare nothing need a signed-in user.</summary>
internal static class AuthSetup
{
    public static IServiceCollection AddApiSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection(JwtOptions.Section).Get<JwtOptions>() ?? new JwtOptions();
        if (Encoding.UTF8.GetByteCount(jwt.SigningKey) < 32)
        {
            throw new InvalidOperationException("Jwt:SigningKey must be at least 32 bytes (environment variable Jwt__SigningKey).");
        }

        services.AddOptions<JwtOptions>().Bind(configuration.GetSection(JwtOptions.Section));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Issuer,
                    ValidAudience = jwt.Audience,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)),
                    ClockSkew = TimeSpan.FromSeconds(30),
                    RoleClaimType = AppClaimTypes.Role,
                    NameClaimType = AppClaimTypes.Name,
                };
                // Every token is checked against the database on every request, whatever its remaining lifetime: an
                // integrator's against its client (disabled, or a revoked secret bumped client_ver), a person's against
                // their session and account (logout, lock, password reset, reused refresh token).
                options.Events = new JwtBearerEvents { OnTokenValidated = CheckTokenAsync };
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireAssertion(c => !ClientTokens.IsClient(c.User)).Build())
            .AddPolicy(Policies.Authenticated, policy => policy.RequireAuthenticatedUser().RequireAssertion(c => !ClientTokens.IsClient(c.User)))
            .AddPolicy(Policies.CatalogueRead, policy => PublicOrScope(policy, Domain.Integrations.IntegratorScopes.CatalogueRead))
            .AddPolicy(Policies.StatisticsRead, policy => PublicOrScope(policy, Domain.Integrations.IntegratorScopes.StatisticsRead))
            .AddPolicy(Policies.DossiersRead, policy => Scope(policy, Domain.Integrations.IntegratorScopes.DossiersRead))
            .AddPolicy(Policies.DossiersWrite, policy => Scope(policy, Domain.Integrations.IntegratorScopes.DossiersWrite))
            .AddPolicy(Policies.WebhooksManage, policy => Scope(policy, Domain.Integrations.IntegratorScopes.WebhooksManage))
            .AddPolicy(Policies.SystemAdmin, policy => policy.RequireRole(Roles.SystemAdmin))
            .AddPolicy(Policies.ManageCatalogue, policy => policy.RequireRole(Roles.SystemAdmin))
            .AddPolicy(Policies.ManageCalendar, policy => policy.RequireRole(Roles.SystemAdmin))
            .AddPolicy(Policies.ManageOfficials, policy => policy.RequireRole(Roles.AgencyAdmin, Roles.SystemAdmin))
            .AddPolicy(Policies.ViewStatistics, policy => policy.RequireRole(Roles.Leader, Roles.AgencyAdmin, Roles.SystemAdmin));

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IAuditContext, HanoiDvc.WebApi.Hosting.HttpAuditContext>();
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddSingleton<ClientTokens>();
        services.AddScoped<IRequestPreconditions, HttpRequestPreconditions>();
        return services;
    }

    /// <summary>Integrators holding <paramref name="scope"/>; people are refused (403).</summary>
    private static void Scope(AuthorizationPolicyBuilder policy, string scope) =>
        policy.RequireAuthenticatedUser().RequireAssertion(c => ClientTokens.IsClient(c.User) && ClientTokens.Scopes(c.User).Contains(scope));

    /// <summary>Anyone, anonymous or signed in, except an integrator without <paramref name="scope"/>.</summary>
    private static void PublicOrScope(AuthorizationPolicyBuilder policy, string scope) =>
        policy.RequireAssertion(c => !ClientTokens.IsClient(c.User) || ClientTokens.Scopes(c.User).Contains(scope));

    private static async Task CheckTokenAsync(TokenValidatedContext context)
    {
        var principal = context.Principal;
        if (principal is null)
        {
            return;
        }

        var checks = context.HttpContext.RequestServices.GetRequiredService<Application.Auth.Common.AccessTokenChecks>();
        var aborted = context.HttpContext.RequestAborted;
        if (ClientTokens.IsClient(principal))
        {
            var client = Guid.TryParse(principal.FindFirst(AppClaimTypes.ClientId)?.Value, out var clientId)
                && int.TryParse(principal.FindFirst(AppClaimTypes.ClientVersion)?.Value, out var version)
                && await checks.ClientTokenIsCurrentAsync(clientId, version, aborted);
            if (!client)
            {
                context.Fail("The client is disabled or its token was revoked.");
            }

            return;
        }

        // A token without a session was not issued by the product's sign-in: refused like an ended session.
        var alive = Guid.TryParse(principal.FindFirst(AppClaimTypes.Subject)?.Value, out var userId)
            && Guid.TryParse(principal.FindFirst(AppClaimTypes.SessionId)?.Value, out var sessionId)
            && principal.FindFirst(AppClaimTypes.SecurityStamp)?.Value is { Length: > 0 } stamp
            && await checks.SessionIsLiveAsync(userId, sessionId, stamp, aborted);
        if (!alive)
        {
            context.Fail("The session has ended or the account changed since the token was issued.");
        }
    }
}
