using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.Observability;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Exporter;
using Serilog.Core;
using Serilog.Events;

namespace HanoiDvc.WebApi.IntegrationTests.Observability;

/// <summary>
/// The test host (same database as <see cref="ApiHost"/>) as an operator sees it: logs from Information up (the hosting
/// lines with full URLs included), every line as the application writes it to standard output kept in
/// <see cref="Lines"/>, the caller's address taken from <see cref="RemoteAddressHeader"/> (the test server has none),
/// and scrapes that are never answered from the exporter's cache.
/// </summary>
internal static class ObservedHost
{
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    public static WebApplicationFactory<Program> Create(LogLines lines, params (string Key, string Value)[] settings) =>
        ApiHost.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
            builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Information");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<ILogEventSink>(lines);
                services.AddSingleton<IStartupFilter, RemoteAddressFromHeader>();
                services.Configure<PrometheusAspNetCoreOptions>(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
            });
        });

    /// <summary>A client of <paramref name="host"/> that appears to call from <paramref name="address"/>.</summary>
    public static HttpClient ClientFrom(this WebApplicationFactory<Program> host, string address)
    {
        var client = host.CreateHttpsClient();
        client.DefaultRequestHeaders.Add(RemoteAddressHeader, address);
        return client;
    }

    private sealed class RemoteAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[RemoteAddressHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Every log line of a host, formatted exactly as the application writes it to standard output.</summary>
internal sealed class LogLines : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public void Emit(LogEvent logEvent)
    {
        using var line = new StringWriter();
        LoggingSetup.JsonLines.Format(logEvent, line);
        _lines.Enqueue(line.ToString());
    }

    /// <summary>All lines written so far, as one text.</summary>
    public string Text => string.Concat(_lines);

    /// <summary>The lines written so far, parsed.</summary>
    public IReadOnlyList<JsonElement> Parsed => [.. _lines.Select(l => JsonDocument.Parse(l).RootElement)];

    /// <summary>The lines that match, once at least one does (the request log line may follow the response by a moment).</summary>
    public async Task<IReadOnlyList<JsonElement>> WaitForAsync(Func<JsonElement, bool> match)
    {
        for (var i = 0; i < 50; i++)
        {
            var found = Parsed.Where(match).ToList();
            if (found.Count > 0)
            {
                return found;
            }

            await Task.Delay(100);
        }

        return [];
    }

    public void Clear() => _lines.Clear();
}

/// <summary>Base of the tests that read what an <see cref="ObservedHost"/> logs and measures: one such host per fixture.</summary>
public abstract class ObservedHostFixture : ApiTestFixture
{
    private readonly (string Key, string Value)[] _settings;

    protected ObservedHostFixture(params (string Key, string Value)[] settings) => _settings = settings;

    internal LogLines Lines { get; } = new();

    protected WebApplicationFactory<Program> Host { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartHost() => Host = ObservedHost.Create(Lines, _settings);

    [OneTimeTearDown]
    public async Task StopHostAsync() => await Host.DisposeAsync();

    [SetUp]
    public void ClearLines() => Lines.Clear();
}
