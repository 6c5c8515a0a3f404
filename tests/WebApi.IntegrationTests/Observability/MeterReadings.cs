using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using HanoiDvc.Infrastructure.Observability;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Observability;

/// <summary>What the application's meter of one host (its own <see cref="IMeterFactory"/>) measures while this listens.</summary>
internal sealed class MeterReadings : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value)> _measurements = new();

    public MeterReadings(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == Telemetry.Name && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _measurements.Enqueue((instrument.Name, value)));
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => _measurements.Enqueue((instrument.Name, value)));
        _listener.Start();
    }

    /// <summary>The values recorded by <paramref name="instrument"/> so far (a histogram's records, a counter's increments).</summary>
    public IReadOnlyList<double> Recorded(string instrument) => [.. _measurements.Where(m => m.Instrument == instrument).Select(m => m.Value)];

    /// <summary>What the gauge <paramref name="instrument"/> reads now; null when it has nothing to report.</summary>
    public double? Read(string instrument)
    {
        var before = _measurements.Count;
        _listener.RecordObservableInstruments();
        return _measurements.Skip(before).Where(m => m.Instrument == instrument).Select(m => (double?)m.Value).LastOrDefault();
    }

    public void Dispose() => _listener.Dispose();
}
