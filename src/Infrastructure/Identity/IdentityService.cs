using HanoiDvc.Application.Accounts.Common;
using HanoiDvc.Application.Accounts.Queries.GetMyProfile;
using HanoiDvc.Application.Auth.Common;
using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace HanoiDvc.Infrastructure.Identity;

/// <summary><see cref="IIdentityService"/> on ASP.NET Core Identity and PostgreSQL.</summary>
internal sealed class IdentityService(
    UserManager<ApplicationUser> users, AppDbContext db, AccountWriter writer, IPasswordHasher<ApplicationUser> hasher, TimeProvider clock)
    : IIdentityService
{
    // Verified against when the user does not exist, so that an unknown user costs as much time as a wrong password.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Guid.NewGuid().ToString()));

    public async Task<Guid?> FindPasswordResetAccountAsync(string userNameOrEmail, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(userNameOrEmail)
            ?? (userNameOrEmail.Contains('@', StringComparison.Ordinal) ? await users.FindByEmailAsync(userNameOrEmail) : null);
        return user is not null
            && user.IdentityProvider == ApplicationUser.LocalProvider
            && !string.IsNullOrWhiteSpace(user.Email)
            && !await users.IsLockedOutAsync(user)
            ? user.Id
            : null;
    }

    public async Task<bool> ResetPasswordAsync(string tokenHash, string newPassword, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var token = await db.PasswordResetTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);
        if (token is null || !token.IsUsable(now) || await users.FindByIdAsync(token.UserId.ToString()) is not { } user)
        {
            return false;
        }

        var used = false;
        await writer.InTransactionAsync(async () =>
        {
            // Claimed by a conditional update: of two requests racing with one link, one changes the row, the other nothing.
            used = await db.PasswordResetTokens
                .Where(t => t.Id == token.Id && t.UsedAt == null && t.ExpiresAt > now)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.UsedAt, now), cancellationToken) == 1;
            if (!used)
            {
                return;
            }

            if (await users.HasPasswordAsync(user))
            {
                AccountWriter.ThrowIfFailed(await users.RemovePasswordAsync(user), "newPassword", AccountConflicts.DuplicateUserName);
            }

            AccountWriter.ThrowIfFailed(await users.AddPasswordAsync(user, newPassword), "newPassword", AccountConflicts.DuplicateUserName);
            AccountWriter.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "newPassword", AccountConflicts.DuplicateUserName);
            // Every session ends: whoever knew the old password may be signed in somewhere.
            await db.RefreshTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
            await db.PasswordResetTokens.Where(t => t.UserId == user.Id && t.UsedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.UsedAt, now), cancellationToken);
        }, AccountConflicts.DuplicateUserName, cancellationToken);
        return used;
    }

    public async Task<PasswordCheck> CheckPasswordAsync(string userNameOrEmail, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(userNameOrEmail)
            ?? (userNameOrEmail.Contains('@', StringComparison.Ordinal) ? await users.FindByEmailAsync(userNameOrEmail) : null);
        // No such user, or one who signs in through an external provider only: the same hashing work as a wrong password.
        if (user is null || !await users.HasPasswordAsync(user))
        {
            hasher.VerifyHashedPassword(user ?? new ApplicationUser(), DecoyHash.Value, password);
            return new PasswordCheck(PasswordCheckOutcome.Failed, null);
        }

        // Failures are not counted on the account (anyone could lock anyone out); the HTTP layer throttles per IP and name.
        if (!await users.CheckPasswordAsync(user, password))
        {
            return new PasswordCheck(PasswordCheckOutcome.Failed, null);
        }

        // Only whoever knows the password learns that an administrator locked the account.
        return await users.IsLockedOutAsync(user)
            ? new PasswordCheck(PasswordCheckOutcome.LockedOut, null)
            : new PasswordCheck(PasswordCheckOutcome.Succeeded, await SummarizeAsync(user));
    }

    public async Task<Guid?> FindApplicantByCitizenIdAsync(string citizenId, CancellationToken cancellationToken) =>
        await users.Users.Where(u => u.CitizenId == citizenId && u.AgencyId == null).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<AccountSummary?> FindAccountAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user is null ? null : await SummarizeAsync(user);
    }

    /// <summary>Asked on every authenticated request: compiled once, so a request pays neither the translation cache's key nor its parameter extraction.</summary>
    private static readonly Func<AppDbContext, Guid, Guid, DateTimeOffset, CancellationToken, Task<string?>> LiveSessionStamp =
        EF.CompileAsyncQuery((AppDbContext db, Guid userId, Guid sessionId, DateTimeOffset now, CancellationToken _) =>
            db.Users.AsNoTracking()
                .Where(u => u.Id == userId
                    && !(u.LockoutEnabled && u.LockoutEnd > now)
                    && db.RefreshTokens.Any(t => t.FamilyId == sessionId && t.UserId == userId && t.RevokedAt == null))
                .Select(u => u.SecurityStamp)
                .SingleOrDefault());

    public Task<string?> FindLiveSessionStampAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken) =>
        LiveSessionStamp(db, userId, sessionId, clock.GetUtcNow(), cancellationToken);

    public async Task<Guid?> FindCitizenAsync(string citizenId, CancellationToken cancellationToken) =>
        await users.Users.Where(u => u.CitizenId == citizenId && u.ApplicantType == ApplicantType.Citizen)
            .Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);

    public async Task<Guid> CreateApplicantAsync(NewApplicant applicant, string password, CancellationToken cancellationToken)
    {
        var user = new ApplicationUser
        {
            UserName = applicant.UserName,
            Email = applicant.Email,
            PhoneNumber = applicant.PhoneNumber,
            FullName = applicant.FullName,
            ApplicantType = applicant.Type,
            CitizenId = applicant.CitizenId,
            DateOfBirth = applicant.DateOfBirth,
            OrganisationCode = applicant.OrganisationCode,
            OrganisationName = applicant.OrganisationName,
            IdentityProvider = ApplicationUser.LocalProvider,
            CreatedAt = clock.GetUtcNow(),
        };
        var role = applicant.Type == ApplicantType.Citizen ? Roles.Citizen : Roles.Organisation;
        Func<ConflictException> duplicateUserName = applicant.Type == ApplicantType.Citizen
            ? AccountConflicts.DuplicateCitizenId
            : AccountConflicts.DuplicateOrganisationCode;
        await writer.CreateAsync(user, password, [role], "password", duplicateUserName, cancellationToken);
        return user.Id;
    }

    public async Task<AccountSummary> SignInExternalCitizenAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        try
        {
            return await SignInExternalCitizenOnceAsync(identity, cancellationToken);
        }
        catch (ConflictException)
        {
            // A parallel first sign-in of the same person created the account a moment earlier: use it.
            db.ChangeTracker.Clear();
            return await SignInExternalCitizenOnceAsync(identity, cancellationToken);
        }
    }

    public async Task<ProfileDto?> GetProfileAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        return new ProfileDto
        {
            Id = user.Id,
            UserName = user.UserName!,
            FullName = user.FullName,
            Email = user.Email,
            PhoneNumber = user.PhoneNumber,
            Roles = [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)],
            AgencyId = user.AgencyId,
            ApplicantType = user.ApplicantType,
            CitizenId = user.CitizenId,
            DateOfBirth = user.DateOfBirth,
            OrganisationCode = user.OrganisationCode,
            OrganisationName = user.OrganisationName,
            IdentityProvider = user.IdentityProvider,
            IdentityVerified = user.IdentityVerified,
            CreatedAt = user.CreatedAt,
        };
    }

    private async Task<AccountSummary> SignInExternalCitizenOnceAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        var user = await users.FindByLoginAsync(identity.Provider, identity.Subject);
        if (user is not null)
        {
            return await SummarizeAsync(user);
        }

        user = await db.Users.SingleOrDefaultAsync(
            u => u.CitizenId == identity.CitizenId && u.ApplicantType == ApplicantType.Citizen, cancellationToken);
        if (user is null)
        {
            user = new ApplicationUser
            {
                UserName = identity.CitizenId,
                FullName = identity.FullName,
                ApplicantType = ApplicantType.Citizen,
                CitizenId = identity.CitizenId,
                IdentityProvider = identity.Provider,
                IdentityVerified = true,
                CreatedAt = clock.GetUtcNow(),
            };
            var newUser = user;
            var login = new UserLoginInfo(identity.Provider, identity.Subject, identity.Provider);
            await writer.InTransactionAsync(async () =>
            {
                AccountWriter.ThrowIfFailed(await users.CreateAsync(newUser), "idToken", AccountConflicts.DuplicateCitizenId);
                AccountWriter.ThrowIfFailed(await users.AddToRoleAsync(newUser, Roles.Citizen), "idToken", AccountConflicts.DuplicateCitizenId);
                AccountWriter.ThrowIfFailed(await users.AddLoginAsync(newUser, login), "idToken", AccountConflicts.DuplicateCitizenId);
            }, AccountConflicts.DuplicateCitizenId, cancellationToken);
            return await SummarizeAsync(newUser);
        }

        // The person registered here before; the national identity now vouches for the account and takes it over:
        // a password set by whoever registered that citizen ID no longer opens it, and its sessions end.
        var existing = user;
        await writer.InTransactionAsync(async () =>
        {
            AccountWriter.ThrowIfFailed(
                await users.AddLoginAsync(existing, new UserLoginInfo(identity.Provider, identity.Subject, identity.Provider)),
                "idToken",
                AccountConflicts.DuplicateCitizenId);
            if (await users.HasPasswordAsync(existing))
            {
                AccountWriter.ThrowIfFailed(await users.RemovePasswordAsync(existing), "idToken", AccountConflicts.DuplicateCitizenId);
            }

            existing.IdentityProvider = identity.Provider;
            existing.IdentityVerified = true;
            AccountWriter.ThrowIfFailed(await users.UpdateAsync(existing), "idToken", AccountConflicts.DuplicateCitizenId);
            var now = clock.GetUtcNow();
            await db.RefreshTokens
                .Where(t => t.UserId == existing.Id && t.RevokedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
        }, AccountConflicts.DuplicateCitizenId, cancellationToken);
        return await SummarizeAsync(existing);
    }

    private async Task<AccountSummary> SummarizeAsync(ApplicationUser user) => new(
        user.Id,
        user.UserName!,
        user.FullName,
        [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)],
        user.AgencyId,
        user.ApplicantType,
        user.IdentityProvider,
        await users.IsLockedOutAsync(user),
        await users.GetSecurityStampAsync(user) ?? string.Empty);
}
