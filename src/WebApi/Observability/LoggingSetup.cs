using Serilog;
using Serilog.Formatting;
using Serilog.Formatting.Compact;

namespace HanoiDvc.WebApi.Observability;

/// <summary>
/// Logs are JSON lines on standard output (Serilog's rendered compact format: <c>@t</c>, <c>@m</c>, <c>@l</c>, <c>@x</c>,
/// the trace and span ids of the current activity as <c>@tr</c> and <c>@sp</c>, then the properties, among them
/// <c>CorrelationId</c>), with personal data masked twice: by property (<see cref="PersonalDataEnricher"/>) and in
/// every string of the line (<see cref="MaskingJsonFormatter"/>).
/// </summary>
internal static class LoggingSetup
{
    /// <summary>The format of every log line; tests that read the log lines use it too.</summary>
    public static ITextFormatter JsonLines { get; } = new MaskingJsonFormatter(new RenderedCompactJsonFormatter());

    public static IHostBuilder UseJsonLogging(this IHostBuilder host) => host.UseSerilog((context, services, logger) => logger
        .ReadFrom.Configuration(context.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext()
        // Last, so that it sees what the other enrichers added.
        .Enrich.With<PersonalDataEnricher>()
        .WriteTo.Console(JsonLines));
}
