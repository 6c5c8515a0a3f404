using HanoiDvc.Application.Common.Privacy;
using Serilog.Core;
using Serilog.Events;

namespace HanoiDvc.WebApi.Observability;

/// <summary>
/// Masks personal data in the properties of every log event, nested structures included: properties named like a
/// person's name, citizen ID, phone or e-mail are masked whole; every other text has the citizen IDs, phone numbers and
/// e-mail addresses in it masked (<see cref="PersonalDataMask.Text"/>). Runs after the other enrichers.
/// </summary>
internal sealed class PersonalDataEnricher : ILogEventEnricher
{
    private static readonly Dictionary<string, Func<string, string>> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CitizenId"] = PersonalDataMask.CitizenId,
        ["ApplicantCitizenId"] = PersonalDataMask.CitizenId,
        ["Phone"] = PersonalDataMask.Phone,
        ["PhoneNumber"] = PersonalDataMask.Phone,
        ["Email"] = PersonalDataMask.Email,
        ["EmailAddress"] = PersonalDataMask.Email,
        ["FullName"] = PersonalDataMask.Name,
        ["ApplicantName"] = PersonalDataMask.Name,
        ["RepresentativeName"] = PersonalDataMask.Name,
        ["RecipientName"] = PersonalDataMask.Name,
        ["ToName"] = PersonalDataMask.Name,
    };

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var (name, value) in logEvent.Properties.ToArray())
        {
            var masked = Mask(name, value);
            if (!ReferenceEquals(masked, value))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, masked));
            }
        }
    }

    /// <summary>The value with personal data masked; the same instance when there was none.</summary>
    private static LogEventPropertyValue Mask(string? name, LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text }:
                var masked = name is not null && ByName.TryGetValue(name, out var mask) ? mask(text) : PersonalDataMask.Text(text);
                return masked == text ? value : new ScalarValue(masked);
            case StructureValue structure:
                var properties = structure.Properties.Select(p => (Property: p, Masked: Mask(p.Name, p.Value))).ToArray();
                return properties.All(p => ReferenceEquals(p.Masked, p.Property.Value))
                    ? value
                    : new StructureValue(properties.Select(p => new LogEventProperty(p.Property.Name, p.Masked)), structure.TypeTag);
            case SequenceValue sequence:
                var elements = sequence.Elements.Select(e => Mask(name, e)).ToArray();
                return elements.SequenceEqual(sequence.Elements, ReferenceEqualityComparer.Instance) ? value : new SequenceValue(elements);
            case DictionaryValue dictionary:
                var entries = dictionary.Elements.Select(e => (e.Key, Value: Mask(e.Key.Value as string, e.Value), Original: e.Value)).ToArray();
                return entries.All(e => ReferenceEquals(e.Value, e.Original))
                    ? value
                    : new DictionaryValue(entries.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.Key, e.Value)));
            default:
                return value;
        }
    }
}
