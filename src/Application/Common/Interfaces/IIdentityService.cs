using HanoiDvc.Application.Accounts.Common;
using HanoiDvc.Application.Accounts.Queries.GetMyProfile;
using HanoiDvc.Application.Auth.Common;

namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>Accounts, passwords and lockout (ASP.NET Core Identity behind it).</summary>
public interface IIdentityService
{
    /// <summary>
    /// Checks a password for a user name or e-mail; failures are not counted on the account. An unknown user and a wrong
    /// password give the same outcome and take about the same time; a lock shows only behind the right password.
    /// </summary>
    Task<PasswordCheck> CheckPasswordAsync(string userNameOrEmail, string password, CancellationToken cancellationToken);

    /// <summary>The account as tokens describe it, or null when it no longer exists.</summary>
    Task<AccountSummary?> FindAccountAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// The account's security stamp when the session is still open (a token of its family is not revoked) and the account
    /// is not locked; null otherwise. One indexed query.
    /// </summary>
    Task<string?> FindLiveSessionStampAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken);

    /// <summary>The account of the citizen with this 12-digit citizen ID, if they have one.</summary>
    Task<Guid?> FindCitizenAsync(string citizenId, CancellationToken cancellationToken);

    /// <summary>Creates an applicant with the applicant's role, all or nothing.</summary>
    /// <exception cref="Exceptions.ConflictException">The e-mail, citizen ID or organisation code is taken.</exception>
    Task<Guid> CreateApplicantAsync(NewApplicant applicant, string password, CancellationToken cancellationToken);

    /// <summary>
    /// Finds the citizen an external provider vouches for — by the provider's subject, else by citizen ID — or creates one,
    /// and marks the identity as verified.
    /// </summary>
    Task<AccountSummary> SignInExternalCitizenAsync(ExternalIdentity identity, CancellationToken cancellationToken);

    /// <summary>The account's own profile, or null when it no longer exists.</summary>
    Task<ProfileDto?> GetProfileAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The applicant account with this 12-digit citizen ID, or null when none exists.</summary>
    Task<Guid?> FindApplicantByCitizenIdAsync(string citizenId, CancellationToken cancellationToken);

    /// <summary>
    /// The account a password reset link may be mailed to for this user name, citizen ID, tax code or e-mail: a local
    /// account (not one that signs in through VNeID) with an e-mail address, not locked by an administrator; else null.
    /// </summary>
    Task<Guid?> FindPasswordResetAccountAsync(string userNameOrEmail, CancellationToken cancellationToken);

    /// <summary>
    /// Uses the reset token with this hash, once: sets the new password (the password rules, with the account's own
    /// details), changes the security stamp and revokes every refresh token of the account, all in one transaction.
    /// False when the token is unknown, used, superseded or expired; a refused password leaves the token usable.
    /// </summary>
    /// <exception cref="Exceptions.RequestValidationException">The password breaks a rule (field <c>newPassword</c>).</exception>
    Task<bool> ResetPasswordAsync(string tokenHash, string newPassword, DateTimeOffset now, CancellationToken cancellationToken);
}
