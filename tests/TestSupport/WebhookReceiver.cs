using System.Collections.Concurrent;
using System.Net;

namespace HanoiDvc.TestSupport;

/// <summary>A loopback HTTP server standing in for an integrator's webhook endpoint: records each request and answers a chosen status.</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();

    public WebhookReceiver(int port, HttpStatusCode answer = HttpStatusCode.OK)
    {
        Answer = answer;
        Url = $"http://127.0.0.1:{port}/hooks/hanoidvc";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Url { get; }

    /// <summary>A loopback port nobody listens on now (the system picks it), so tests do not collide with other servers on the machine.</summary>
    public static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public HttpStatusCode Answer { get; set; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            Requests.Enqueue(new Received(
                context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase),
                body, DateTimeOffset.UtcNow));
            context.Response.StatusCode = (int)Answer;
            context.Response.Close();
        }
    }

    /// <summary>A request as it arrived: headers and the raw body.</summary>
    public sealed record Received(IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At);
}

/// <summary>
/// What a receiver does with a webhook, written here from the documented rule alone (not with the API's code):
/// parse <c>t=…, v1=…</c>, recompute HMAC-SHA256(secret, t + "." + body), compare in constant time, refuse a t more than five minutes away.
/// </summary>
public static class IndependentVerifier
{
    /// <summary>
    /// True when <paramref name="header"/> (<c>t=…, v1=…[, v1=…]</c>) holds a fresh timestamp and a <c>v1</c> that is the
    /// HMAC-SHA256 of <c>t.body</c> under <paramref name="secret"/> (one <c>v1</c> per secret while a rotation overlaps).
    /// </summary>
    public static bool Verify(string header, string body, string secret, DateTimeOffset now)
    {
        var parts = header.Split(',', StringSplitOptions.TrimEntries).Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToList();
        var t = parts.Where(p => p[0] == "t").Select(p => p[1]).SingleOrDefault();
        if (t is null || !long.TryParse(t, out var seconds) || Math.Abs(now.ToUnixTimeSeconds() - seconds) > 300)
        {
            return false;
        }

        using var hmac = new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes(secret));
        var expected = hmac.ComputeHash(System.Text.Encoding.UTF8.GetBytes(t + "." + body));
        return parts.Where(p => p[0] == "v1")
            .Any(p => System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(p[1])));
    }
}
