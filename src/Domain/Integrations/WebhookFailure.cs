namespace HanoiDvc.Domain.Integrations;

/// <summary>
/// What the delivery log says about a failed attempt: a class of failure only, never an exception message, an address
/// or a response body, so the log cannot tell a subscriber anything about the network behind the platform.
/// </summary>
public static class WebhookFailure
{
    /// <summary>No connection could be made (name not found, refused, unreachable, reset).</summary>
    public const string ConnectionFailed = "connection_failed";

    /// <summary>No answer within <c>Integrations:WebhookTimeout</c>.</summary>
    public const string Timeout = "timeout";

    /// <summary>The URL's host is, or resolves to, an address that is not public; nothing was sent.</summary>
    public const string DestinationRefused = "destination_refused";

    /// <summary>The TLS handshake failed (certificate, protocol).</summary>
    public const string TlsFailed = "tls_failed";

    /// <summary>The class of a receiver's non-2xx answer: <c>http_3xx</c> (redirects are not followed), <c>http_4xx</c> or <c>http_5xx</c>.</summary>
    public static string ForStatus(int statusCode) => statusCode switch
    {
        >= 300 and < 400 => "http_3xx",
        >= 400 and < 500 => "http_4xx",
        >= 500 and < 600 => "http_5xx",
        _ => "http_other",
    };
}
