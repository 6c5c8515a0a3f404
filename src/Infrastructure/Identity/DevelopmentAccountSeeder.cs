using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting;

namespace HanoiDvc.Infrastructure.Identity;

/// <summary>
/// Development sign-in accounts: one SystemAdmin, one official of each role per listed agency, one citizen.
/// All share <see cref="Password"/>. Refuses to run outside the Development environment. Idempotent.
/// </summary>
public sealed class DevelopmentAccountSeeder(
    UserManager<ApplicationUser> users, AppDbContext db, AccountWriter writer, IHostEnvironment environment, TimeProvider clock)
{
    /// <summary>The password of every development account (documented in the README; never valid in Production).</summary>
    public const string Password = "HanoiDvc@2026";

    /// <summary>The agencies that get a set of officials, and the prefix of those officials' user names. More levels go here.</summary>
    public static readonly IReadOnlyList<(string AgencyCode, string Prefix)> Agencies =
    [
        ("000.00.12.H26", "sgd"),         // the Department (both set-ups)
        ("000.00.31.H26", "badinh"),      // Ba Đình District People's Committee (three-tier)
        ("000.11.31.H26", "phucxa"),      // Phúc Xá Ward People's Committee (three-tier)
        ("000.01.50.H26", "hoankiem"),    // Hoàn Kiếm Ward People's Committee (two-tier)
    ];

    private const string CitizenUserName = "citizen.demo";

    private const string EmailDomain = "dev.hanoidvc.local";

    private static readonly (string Suffix, string Role, string Title)[] OfficialRoles =
    [
        ("receptionist", Roles.Receptionist, "Cán bộ tiếp nhận"),
        ("specialist", Roles.Specialist, "Chuyên viên"),
        ("leader", Roles.Leader, "Lãnh đạo"),
        ("admin", Roles.AgencyAdmin, "Quản trị đơn vị"),
    ];

    /// <summary>Creates the accounts that are missing and lists them all; agency codes absent from the database are skipped.</summary>
    /// <exception cref="InvalidOperationException">The environment is not Development.</exception>
    public async Task<IReadOnlyList<DevelopmentAccount>> SeedAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Development accounts are only created in the Development environment, not in '{environment.EnvironmentName}'.");
        }

        var accounts = new List<DevelopmentAccount>
        {
            await EnsureAsync("sysadmin", "Quản trị hệ thống", Roles.SystemAdmin, agency: null, cancellationToken),
        };

        foreach (var (code, prefix) in Agencies)
        {
            var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code, cancellationToken);
            if (agency is null)
            {
                continue;
            }

            foreach (var (suffix, role, title) in OfficialRoles)
            {
                accounts.Add(await EnsureAsync($"{prefix}.{suffix}", $"{title} ({code})", role, (agency.Id, code), cancellationToken));
            }
        }

        accounts.Add(await EnsureCitizenAsync(cancellationToken));
        return accounts;
    }

    /// <summary>
    /// The development accounts present in this database that still sign in with <see cref="Password"/>, whatever the
    /// environment: a Production API refuses to start while there is one (a database first set up for development).
    /// </summary>
    public async Task<IReadOnlyList<string>> FindWithDevelopmentPasswordAsync(CancellationToken cancellationToken)
    {
        var names = Agencies.SelectMany(a => OfficialRoles.Select(r => $"{a.Prefix}.{r.Suffix}"))
            .Append("sysadmin").Append(CitizenUserName)
            .Select(users.NormalizeName).ToList();
        var domain = users.NormalizeEmail("@" + EmailDomain);
        var candidates = await db.Users.AsNoTracking()
            .Where(u => names.Contains(u.NormalizedUserName!) || u.NormalizedEmail!.EndsWith(domain))
            .ToListAsync(cancellationToken);
        return candidates
            .Where(u => u.PasswordHash is not null
                && users.PasswordHasher.VerifyHashedPassword(u, u.PasswordHash, Password) != PasswordVerificationResult.Failed)
            .Select(u => u.UserName!)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private async Task<DevelopmentAccount> EnsureAsync(
        string userName, string fullName, string role, (Guid Id, string Code)? agency, CancellationToken cancellationToken)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            return new DevelopmentAccount(userName, role, agency?.Code, Created: false);
        }

        var user = new ApplicationUser
        {
            UserName = userName,
            Email = $"{userName}@{EmailDomain}",
            EmailConfirmed = true,
            FullName = fullName,
            AgencyId = agency?.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        await writer.CreateAsync(user, Password, [role], "password", AccountConflicts.DuplicateUserName, cancellationToken);
        return new DevelopmentAccount(userName, role, agency?.Code, Created: true);
    }

    private async Task<DevelopmentAccount> EnsureCitizenAsync(CancellationToken cancellationToken)
    {
        const string userName = CitizenUserName;
        if (await users.FindByNameAsync(userName) is not null)
        {
            return new DevelopmentAccount(userName, Roles.Citizen, null, Created: false);
        }

        var citizenId = CitizenId.Parse("001090012345");
        var user = new ApplicationUser
        {
            UserName = userName,
            Email = $"{CitizenUserName}@{EmailDomain}",
            EmailConfirmed = true,
            PhoneNumber = "0912345678",
            FullName = "Nguyễn Văn An",
            ApplicantType = ApplicantType.Citizen,
            CitizenId = citizenId.Value,
            DateOfBirth = new DateOnly(citizenId.BirthYear, 5, 19),
            CreatedAt = clock.GetUtcNow(),
        };
        await writer.CreateAsync(user, Password, [Roles.Citizen], "password", AccountConflicts.DuplicateCitizenId, cancellationToken);
        return new DevelopmentAccount(userName, Roles.Citizen, null, Created: true);
    }
}
