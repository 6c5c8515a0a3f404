using HanoiDvc.Application.Common.Interfaces;

namespace HanoiDvc.WebApi.Security;

/// <summary>The request's <c>If-Match</c> entity tags (quotes and weakness markers removed) and its <c>Idempotency-Key</c>.</summary>
internal sealed class HttpRequestPreconditions(IHttpContextAccessor accessor) : IRequestPreconditions
{
    public IReadOnlyList<string>? IfMatch
    {
        get
        {
            var header = accessor.HttpContext?.Request.Headers.IfMatch.ToString();
            return string.IsNullOrWhiteSpace(header) ? null : EntityTags.Parse(header);
        }
    }

    public string? IdempotencyKey =>
        accessor.HttpContext?.Request.Headers.TryGetValue("Idempotency-Key", out var key) == true ? key.ToString() : null;
}

/// <summary>Entity-tag lists as HTTP sends them: <c>"a", W/"b"</c>.</summary>
internal static class EntityTags
{
    public static IReadOnlyList<string> Parse(string header) =>
        [.. header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.StartsWith("W/", StringComparison.Ordinal) ? t[2..] : t)
            .Select(t => t.Trim('"'))];

    public static string Quote(string tag) => $"\"{tag}\"";
}
