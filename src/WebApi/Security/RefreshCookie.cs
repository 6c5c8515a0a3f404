namespace HanoiDvc.WebApi.Security;

/// <summary>
/// The refresh token's only carrier: cookie <c>hanoidvc_refresh</c>, HttpOnly (scripts cannot read it), Secure,
/// SameSite=Strict (never sent from another site) and limited to <c>/api/v1/auth</c>.
/// </summary>
internal static class RefreshCookie
{
    public const string Name = "hanoidvc_refresh";
    public const string Path = "/api/v1/auth";

    public static string? Read(HttpRequest request) => request.Cookies[Name];

    public static void Write(HttpResponse response, string token, DateTimeOffset expiresAt) =>
        response.Cookies.Append(Name, token, Options(expiresAt));

    public static void Delete(HttpResponse response) => response.Cookies.Delete(Name, Options(expiresAt: null));

    private static CookieOptions Options(DateTimeOffset? expiresAt) => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Strict,
        Path = Path,
        Expires = expiresAt,
        IsEssential = true,
    };
}
