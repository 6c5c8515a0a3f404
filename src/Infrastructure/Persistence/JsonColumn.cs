using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using HanoiDvc.Domain.Procedures;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HanoiDvc.Infrastructure.Persistence;

/// <summary>Maps a value (a record graph or a collection) to one <c>jsonb</c> column, compared and snapshotted by its JSON.</summary>
internal static class JsonColumn
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WithoutDerivedRules } },
    };

    /// <summary>A form field's rules are derived from its definition on every read (<see cref="FormField.Rules"/>): never stored.</summary>
    private static void WithoutDerivedRules(JsonTypeInfo type)
    {
        if (type.Type == typeof(FormField))
        {
            foreach (var property in type.Properties.Where(p => p.Name == "rules").ToList())
            {
                type.Properties.Remove(property);
            }
        }
    }

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
        where T : class
    {
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, Options),
            json => JsonSerializer.Deserialize<T>(json, Options)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!)); // a copy: lists may be changed in place
        return property;
    }

    /// <summary>
    /// As <see cref="HasJsonConversion{T}"/>, for a dictionary of plain values (a form's answers): compared entry by entry and
    /// snapshotted as a copy, so tracking it costs no JSON — the change tracker compares on every save and every audit.
    /// </summary>
    public static PropertyBuilder<Dictionary<string, TValue>> HasJsonDictionaryConversion<TValue>(this PropertyBuilder<Dictionary<string, TValue>> property)
    {
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, Options),
            json => JsonSerializer.Deserialize<Dictionary<string, TValue>>(json, Options)!,
            new ValueComparer<Dictionary<string, TValue>>(
                (a, b) => SameEntries(a, b),
                value => value.Count,
                value => new Dictionary<string, TValue>(value, StringComparer.Ordinal)));
        return property;
    }

    /// <summary>
    /// As <see cref="HasJsonConversion{T}"/>, for a list of immutable values (records, strings, ids) that may be added to or
    /// replaced in place: compared item by item and snapshotted as a copy of the list, without JSON.
    /// </summary>
    public static PropertyBuilder<List<T>> HasJsonListConversion<T>(this PropertyBuilder<List<T>> property)
    {
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, Options),
            json => JsonSerializer.Deserialize<List<T>>(json, Options)!,
            new ValueComparer<List<T>>(
                (a, b) => a == b || (a != null && b != null && a.SequenceEqual(b)),
                value => value.Count,
                value => new List<T>(value)));
        return property;
    }

    private static bool SameEntries<TValue>(Dictionary<string, TValue>? a, Dictionary<string, TValue>? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !EqualityComparer<TValue>.Default.Equals(value, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// As <see cref="HasJsonConversion{T}"/>, for a value the entity never changes once created (a copy of the procedure's
    /// form or documents): compared and snapshotted by reference, so loading and saving do not serialize it again.
    /// </summary>
    public static PropertyBuilder<T> HasImmutableJsonConversion<T>(this PropertyBuilder<T> property)
        where T : class
    {
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, Options),
            json => JsonSerializer.Deserialize<T>(json, Options)!,
            new ValueComparer<T>((a, b) => ReferenceEquals(a, b), value => RuntimeHelpers.GetHashCode(value), value => value));
        return property;
    }
}
