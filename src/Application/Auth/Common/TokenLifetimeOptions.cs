namespace HanoiDvc.Application.Auth.Common;

/// <summary>Lifetimes of the tokens (configuration section <c>Jwt</c>, beside the signing settings).</summary>
public sealed class TokenLifetimeOptions
{
    public const string Section = "Jwt";

    /// <summary>Minutes an access token is valid (default 15).</summary>
    public int AccessTokenMinutes { get; set; } = 15;

    /// <summary>Days a refresh token is valid after it was issued (default 14); every refresh issues a new one.</summary>
    public int RefreshTokenDays { get; set; } = 14;

    /// <summary>
    /// Seconds after a refresh token was exchanged during which the same client may present it again and get an access
    /// token of the same session instead of having the session revoked as stolen (default 30; 0 turns it off). Covers two
    /// tabs or windows refreshing one cookie at the same moment. A setting: no standard prescribes the figure.
    /// </summary>
    public int RefreshReuseGraceSeconds { get; set; } = 30;
}
