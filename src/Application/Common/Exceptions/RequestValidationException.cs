using FluentValidation.Results;
using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Common.Exceptions;

/// <summary>A request's shape is wrong; carries the messages per field (camelCase names, as the client sent them).</summary>
public sealed class RequestValidationException : Exception, IHasErrorKind
{
    public ErrorKind Kind => ErrorKind.Validation;

    public RequestValidationException() : base("One or more validation errors occurred.") =>
        Errors = new Dictionary<string, string[]>();

    public RequestValidationException(string message) : base(message) => Errors = new Dictionary<string, string[]>();

    public RequestValidationException(string message, Exception innerException) : base(message, innerException) =>
        Errors = new Dictionary<string, string[]>();

    public RequestValidationException(IEnumerable<ValidationFailure> failures) : this() =>
        Errors = failures
            .GroupBy(f => ToCamelCase(f.PropertyName), f => f.ErrorMessage, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    private static string ToCamelCase(string name) =>
        string.Join('.', name.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
