using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace HanoiDvc.WebApi.IntegrationTests.Auth;

/// <summary>Reads what a client can see of tokens and cookies.</summary>
internal static class Tokens
{
    public const string RefreshCookie = "hanoidvc_refresh";

    /// <summary>The payload of a JWT, decoded without checking it.</summary>
    public static JsonElement Payload(string jwt)
    {
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        part = part.PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(part))).RootElement.Clone();
    }

    /// <summary>The refresh cookie's Set-Cookie header of a response.</summary>
    public static string RefreshSetCookie(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Single(v => v.StartsWith(RefreshCookie + "=", StringComparison.Ordinal))
            : throw new InvalidOperationException("The response sets no cookie.");

    /// <summary>The refresh token value a response puts in the cookie.</summary>
    public static string RefreshToken(this HttpResponseMessage response) =>
        response.RefreshSetCookie().Split(';')[0][(RefreshCookie.Length + 1)..];

    /// <summary>POST to an auth endpoint with the given refresh cookie, as a browser would send it.</summary>
    public static async Task<HttpResponseMessage> PostWithCookieAsync(this HttpClient client, string path, string? refreshToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (refreshToken is not null)
        {
            request.Headers.Add("Cookie", $"{RefreshCookie}={refreshToken}");
        }

        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password) =>
        await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
}
