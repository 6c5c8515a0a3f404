using System.Net.Http.Headers;
using System.Text;

namespace HanoiDvc.WebApi.IntegrationTests.Fuzzing;

/// <summary>Who sends a generated request.</summary>
internal enum Caller
{
    Anonymous,
    Citizen,
    Official,
    Integrator,
}

/// <summary>A generated body: its bytes (possibly not UTF-8) and the Content-Type it is sent with (none when null).</summary>
internal sealed record FuzzBody(string Kind, byte[] Bytes, string? ContentType)
{
    public static readonly FuzzBody None = new("none", [], null);
}

/// <summary>One generated request: a route of the API, its path and query values, headers and body, and who sends it.</summary>
internal sealed record FuzzRequest(ApiRoute Route, Caller Caller, string Path, string Query, IReadOnlyList<KeyValuePair<string, string>> Headers, FuzzBody Body)
{
    public HttpRequestMessage ToMessage(IReadOnlyDictionary<Caller, string> tokens)
    {
        var message = new HttpRequestMessage(new HttpMethod(Route.Method), Path + Query);
        if (tokens.TryGetValue(Caller, out var token))
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (Body.Bytes.Length > 0 || Body.ContentType is not null)
        {
            message.Content = new ByteArrayContent(Body.Bytes);
            if (Body.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", Body.ContentType);
            }
        }

        foreach (var (name, value) in Headers)
        {
            message.Headers.Remove(name);
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    /// <summary>The request as a reader can reproduce it: control characters and bytes that are not text shown escaped.</summary>
    public override string ToString()
    {
        var body = Encoding.UTF8.GetString(Body.Bytes);
        var shown = Escape(body.Length > 400 ? $"{body[..400]}…({Body.Bytes.Length} bytes)" : body);
        var headers = string.Join("; ", Headers.Select(h => $"{h.Key}: {Escape(h.Value)}"));
        return $"{Caller} {Route.Method} {Path}{Query} [route {Route.Template}] headers {{{headers}}} body {Body.Kind} Content-Type '{Body.ContentType}': {shown}";
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
