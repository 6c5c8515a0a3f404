using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Common.Exceptions;

/// <summary>
/// A well-formed request that leaves out a value the rules require in this state (e.g. the reason of a withdrawal after
/// reception): 422 with <see cref="Field"/> in <c>errors</c> and a stable <see cref="Code"/>.
/// </summary>
public sealed class RequiredValueMissingException : Exception, IHasErrorKind
{
    public ErrorKind Kind => ErrorKind.Unprocessable;

    public RequiredValueMissingException(string code, string field, string message, string messageVi) : base(message)
    {
        Code = code;
        Field = field;
        MessageVi = messageVi;
    }

    public RequiredValueMissingException() : this("request.missing_field", "field", "A required value is missing.", "Thiếu một giá trị bắt buộc.") { }

    public RequiredValueMissingException(string message) : this("request.missing_field", "field", message, message) { }

    public RequiredValueMissingException(string message, Exception innerException) : base(message, innerException)
    {
        Code = "request.missing_field";
        Field = "field";
        MessageVi = message;
    }

    /// <summary>Stable error code, part of the public API contract (e.g. <c>dossier.reason_required</c>).</summary>
    public string Code { get; }

    /// <summary>The request field (camelCase) that is missing.</summary>
    public string Field { get; }

    /// <summary>The message in Vietnamese (<see cref="Exception.Message"/> is English).</summary>
    public string MessageVi { get; }
}
