using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Common.Exceptions;

/// <summary>Sign-in or token exchange refused (401); <see cref="Code"/> is stable and machine-readable, e.g. <c>auth.locked_out</c>.</summary>
public sealed class AuthenticationFailedException : Exception, IHasErrorKind
{
    /// <summary>Wrong user name or password, or no such user: the same answer either way.</summary>
    public const string InvalidCredentials = "auth.invalid_credentials";

    /// <summary>The right password, but an administrator locked the account.</summary>
    public const string LockedOut = "auth.locked_out";

    /// <summary>The refresh token is missing, unknown or expired.</summary>
    public const string InvalidRefreshToken = "auth.invalid_refresh_token";

    /// <summary>A refresh token that was already used came back: the whole session was revoked.</summary>
    public const string RefreshTokenReused = "auth.refresh_token_reused";

    /// <summary>The external provider's ID token did not validate.</summary>
    public const string InvalidExternalToken = "auth.invalid_external_token";

    public AuthenticationFailedException(string code, string message) : base(message) => Code = code;

    public AuthenticationFailedException() : this(InvalidCredentials, "Authentication failed.") { }

    public AuthenticationFailedException(string message) : this(InvalidCredentials, message) { }

    public AuthenticationFailedException(string message, Exception innerException) : base(message, innerException) => Code = InvalidCredentials;

    /// <summary>Stable error code, part of the public API contract.</summary>
    public string Code { get; }

    public ErrorKind Kind => ErrorKind.Unauthenticated;
}
