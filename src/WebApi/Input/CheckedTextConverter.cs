using System.Text.Json;
using System.Text.Json.Serialization;

namespace HanoiDvc.WebApi.Input;

/// <summary>
/// Reads every JSON string of a request body (property values, array items, dictionary keys and values) and refuses
/// one that holds <see cref="ControlCharacters"/>: binding fails with the JSON path of the field, which the problem
/// names, before a handler sees the text.
/// </summary>
internal sealed class CheckedTextConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Checked(reader.GetString()!) : throw new JsonException();

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Checked(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private static string Checked(string text) => ControlCharacters.AreIn(text) ? throw new RefusedTextException() : text;
}
