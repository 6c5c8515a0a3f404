using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace HanoiDvc.WebApi.OpenApi;

/// <summary>
/// An example message of a CLR type as the API writes it: the shape comes from the serializer's own contract for the type
/// (the JSON names, the properties it reads and writes), and every value is a sample of the property's CLR type written
/// with the API's <see cref="JsonSerializerOptions"/>, so an enum, a number or a date comes out as the schema generated
/// from the same type says. Strings take a realistic value known for the property (<see cref="OpenApiSampleValues"/>).
/// </summary>
internal sealed class OpenApiSampleJson(JsonSerializerOptions options)
{
    private const int MaxDepth = 10;

    private static readonly Guid SampleId = Guid.Parse("0191f000-0000-7000-8000-000000000001");

    /// <summary>The example of <paramref name="type"/>, or null when the serializer has no contract for it.</summary>
    public JsonNode? For(Type type)
    {
        try
        {
            return Sample(type, owner: null, name: null, depth: 0, []);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private JsonNode? Sample(Type type, string? owner, string? name, int depth, HashSet<Type> enclosing)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Leaf(type, owner, name) is { } leaf)
        {
            return JsonSerializer.SerializeToNode(leaf, leaf.GetType(), options);
        }

        var info = options.GetTypeInfo(type);
        if (depth > MaxDepth || (info.Kind != JsonTypeInfoKind.None && !enclosing.Add(type)))
        {
            // A type inside itself (a tree): the example stops at its first level.
            return info.Kind is JsonTypeInfoKind.Enumerable ? new JsonArray() : null;
        }

        try
        {
            return info.Kind switch
            {
                JsonTypeInfoKind.Object => Object(info, depth, enclosing),
                JsonTypeInfoKind.Enumerable when info.ElementType is { } item =>
                    Sample(item, owner, name, depth + 1, enclosing) is { } element ? new JsonArray(element) : new JsonArray(),
                JsonTypeInfoKind.Dictionary when info.ElementType is { } value =>
                    new JsonObject { [Key(info.KeyType!)] = Sample(value, owner, "value", depth + 1, enclosing) },
                _ => null,
            };
        }
        finally
        {
            enclosing.Remove(type);
        }
    }

    private JsonObject Object(JsonTypeInfo info, int depth, HashSet<Type> enclosing)
    {
        var result = new JsonObject();
        foreach (var property in info.Properties.Where(p => !p.IsExtensionData && (p.Get is not null || p.Set is not null)))
        {
            result[property.Name] = Sample(property.PropertyType, info.Type.Name, property.Name, depth + 1, enclosing);
        }

        return result;
    }

    /// <summary>
    /// A dictionary key as the serializer writes it: an enum's first member, or for text a field key of the seeded
    /// copy-of-diploma procedure (form values: what an applicant types in that field).
    /// </summary>
    private string Key(Type keyType)
    {
        var key = keyType == typeof(string) ? "hoTen" : Leaf(keyType, owner: null, name: null);
        var dictionary = (System.Collections.IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(keyType, typeof(int)))!;
        dictionary.Add(key!, 0);
        return ((JsonObject)JsonSerializer.SerializeToNode(dictionary, dictionary.GetType(), options)!).First().Key;
    }

    /// <summary>A sample value of a scalar type, or null for a type the serializer writes as an object or array.</summary>
    private static object? Leaf(Type type, string? owner, string? name) => type switch
    {
        _ when type == typeof(string) => OpenApiSampleValues.Find(owner, name)?.GetValue<string>() ?? (name is null ? "text" : $"{name} (example)"),
        _ when type == typeof(Guid) => SampleId,
        // An instant in UTC, written with Z (the API reads and writes any offset; documents show instants in UTC).
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => new DateTime(2026, 11, 24, 1, 30, 0, DateTimeKind.Utc),
        _ when type == typeof(DateOnly) => new DateOnly(2026, 11, 24),
        _ when type == typeof(TimeOnly) => new TimeOnly(15, 30),
        _ when type == typeof(TimeSpan) => TimeSpan.FromMinutes(30),
        _ when type == typeof(Uri) => new Uri("https://dichvucong.hanoi.edu.vn/"),
        _ when type == typeof(byte[]) => Encoding.ASCII.GetBytes("%PDF-1.7\n"),
        // The seeded agency codes are unverified, and the example set-up (two-tier) is the current one.
        _ when type == typeof(bool) => name is not ("codeVerified" or "historical"),
        _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) =>
            Convert.ChangeType(Whole(name), type, System.Globalization.CultureInfo.InvariantCulture),
        _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) =>
            Convert.ChangeType(Fraction(name), type, System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private static int Whole(string? name) => name switch
    {
        null => 3,
        _ when name.Contains("page", StringComparison.OrdinalIgnoreCase) => name == "pageSize" ? 20 : 1,
        _ when name.EndsWith("Vnd", StringComparison.Ordinal) => 40000,
        "expiresIn" or "expires_in" => 600,
        "year" => 2026,
        "size" => 184320,
        "statusCode" or "lastStatusCode" => 200,
        "durationMs" => 142,
        "rank" => 2,
        _ => 3,
    };

    private static decimal Fraction(string? name) => name switch
    {
        "days" => 5m,
        "workingDaysLeft" => 2.5m,
        _ when name?.Contains("Days", StringComparison.Ordinal) == true => 4.5m,
        _ => 0.75m,
    };
}
