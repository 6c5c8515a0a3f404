using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Infrastructure.Identity.External;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.Infrastructure.Identity;

/// <summary>ASP.NET Core Identity on PostgreSQL with the platform's password and lockout rules, and the account services.</summary>
internal static class IdentitySetup
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.Password.RequiredLength = PasswordPolicy.MinimumLength;
                options.Password.RequireUppercase = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireDigit = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;

                // Unique when present, enforced by OptionalUniqueEmailValidator and a unique index (see decision 0006):
                // Identity's own flag would also make e-mail mandatory, and VNeID citizens may have none.
                options.User.RequireUniqueEmail = false;

                // Locks are an administrator's decision only (LockOfficial); failed sign-ins are throttled per IP and name.
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddRoles<ApplicationRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserValidator<OptionalUniqueEmailValidator>()
            .AddPasswordValidator<PlatformPasswordValidator>();

        services.AddScoped<AccountWriter>();
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<IOfficialAccounts, OfficialAccounts>();
        services.AddScoped<HanoiDvc.Application.Auditing.Queries.FindAuditUsers.IAuditUserDirectory, AuditUserDirectory>();
        services.AddScoped<DevelopmentAccountSeeder>();
        services.AddSingleton<IExternalIdentityValidator, OidcExternalIdentityValidator>();
        return services;
    }
}
