using System.Text.Json;

namespace HanoiDvc.WebApi.Input;

/// <summary>A JSON string the API refuses (<see cref="ControlCharacters"/>); its message is the field error, already localized.</summary>
internal sealed class RefusedTextException : JsonException
{
    public RefusedTextException() : base(ControlCharacters.Message())
    {
    }

    public RefusedTextException(string message) : base(message)
    {
    }

    public RefusedTextException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
