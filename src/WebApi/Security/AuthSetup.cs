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
            });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Authenticated, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Policies.SystemAdmin, policy => policy.RequireRole(Roles.SystemAdmin))
            .AddPolicy(Policies.ManageCatalogue, policy => policy.RequireRole(Roles.SystemAdmin))
            .AddPolicy(Policies.ManageCalendar, policy => policy.RequireRole(Roles.SystemAdmin))
            .AddPolicy(Policies.ManageOfficials, policy => policy.RequireRole(Roles.AgencyAdmin, Roles.SystemAdmin))
            .AddPolicy(Policies.ViewStatistics, policy => policy.RequireRole(Roles.Leader, Roles.AgencyAdmin, Roles.SystemAdmin));

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IAuditContext, HanoiDvc.WebApi.Infrastructure.HttpAuditContext>();
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        return services;
    }
}
