using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Common.Exceptions;

/// <summary>The request conflicts with stored data (e.g. an e-mail already registered): 409 with a stable <see cref="Code"/>.</summary>
public sealed class ConflictException : Exception, IHasErrorKind
{
    public ErrorKind Kind => ErrorKind.Conflict;

    public ConflictException(string code, string message) : base(message) => Code = code;

    public ConflictException() : this("conflict", "The request conflicts with the current state.") { }

    public ConflictException(string message) : this("conflict", message) { }

    public ConflictException(string message, Exception innerException) : base(message, innerException) => Code = "conflict";

    /// <summary>Stable error code, part of the public API contract (e.g. <c>account.duplicate_email</c>).</summary>
    public string Code { get; }
}
