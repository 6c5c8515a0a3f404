using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Common.Behaviours;

/// <summary>Warns when a request takes longer than <see cref="PerformanceOptions.SlowRequestThreshold"/>.</summary>
internal sealed partial class PerformanceBehaviour<TRequest, TResponse>(
    ILogger<PerformanceBehaviour<TRequest, TResponse>> logger,
    IOptions<PerformanceOptions> options,
    TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = clock.GetTimestamp();
        var response = await next();
        var elapsed = clock.GetElapsedTime(started);
        if (elapsed > options.Value.SlowRequestThreshold)
        {
            LogSlow(logger, typeof(TRequest).Name, (long)elapsed.TotalMilliseconds);
        }

        return response;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slow request {RequestName} took {ElapsedMilliseconds} ms")]
    private static partial void LogSlow(ILogger logger, string requestName, long elapsedMilliseconds);
}
