using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HanoiDvc.Infrastructure.Outbox;

/// <summary>Runs <see cref="OutboxProcessor"/> continuously in this process: again at once after a full batch, otherwise after the poll interval.</summary>
internal sealed partial class OutboxDispatcherService(OutboxProcessor processor, IOptions<OutboxOptions> options, ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await processor.ProcessAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex, options.Value.PollInterval);
            }

            if (handled < options.Value.BatchSize)
            {
                try
                {
                    await Task.Delay(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox dispatcher failed; it tries again after {Interval}")]
    private static partial void LogFailed(ILogger logger, Exception error, TimeSpan interval);
}
