using System.Globalization;

namespace HanoiDvc.WebApi.Security;

/// <summary>The 429 answer for a client IP and subject pair that <see cref="FailureLocks{TOptions}"/> has locked.</summary>
internal static class LockRefusal
{
    /// <summary>A 429 problem with <paramref name="code"/> and a Retry-After of the lock's remaining seconds.</summary>
    public static IResult Problem(HttpContext http, TimeSpan wait, string detail, string code)
    {
        http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            detail: detail,
            extensions: new Dictionary<string, object?> { ["code"] = code });
    }
}
