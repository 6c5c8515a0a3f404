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
