using System.Diagnostics;
using System.Text.RegularExpressions;
using Serilog.Context;

namespace HanoiDvc.WebApi.Hosting;

/// <summary>
/// Gives every request a correlation id: the caller's <c>X-Correlation-Id</c> when it is sane, else the request's W3C
/// trace id (so the id a caller quotes from a problem finds the trace too), else a new one. It is echoed in the
/// response, attached to every log event of the request, and put on the request's span when it differs from the trace id.
/// </summary>
internal sealed partial class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Correlation-Id";

    /// <summary>The span attribute that carries a caller's own correlation id.</summary>
    public const string SpanAttribute = "hanoidvc.correlation_id";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[HeaderName].ToString();
        var activity = Activity.Current;
        var traceId = activity?.IdFormat == ActivityIdFormat.W3C ? activity.TraceId.ToHexString() : null;
        var correlationId = SafeId().IsMatch(incoming) ? incoming : traceId ?? Guid.CreateVersion7().ToString("N");
        if (correlationId != traceId)
        {
            activity?.SetTag(SpanAttribute, correlationId);
        }

        context.TraceIdentifier = correlationId;
        context.Response.Headers[HeaderName] = correlationId;
        using (LogContext.PushProperty("CorrelationId", correlationId))
        {
            await next(context);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{8,64}$")]
    private static partial Regex SafeId();
}
