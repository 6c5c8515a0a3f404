namespace HanoiDvc.Domain.Common;

/// <summary>
/// A rule of the domain refused an operation. <see cref="Code"/> is stable and machine-readable (e.g.
/// <c>dossier.invalid_transition</c>); <see cref="Kind"/> says what kind of refusal it is (a rule about the state of things
/// by default, <see cref="ErrorKind.Forbidden"/> for a rule about who may act).
/// </summary>
public sealed class DomainException : Exception, IHasErrorKind
{
    public DomainException(string code, string message, ErrorKind kind = ErrorKind.Conflict) : base(message) => (Code, Kind) = (code, kind);

    public DomainException() : this("domain.error", "A domain rule was violated.") { }

    public DomainException(string message) : this("domain.error", message) { }

    public DomainException(string message, Exception innerException) : base(message, innerException) => Code = "domain.error";

    /// <summary>Stable error code, part of the public API contract.</summary>
    public string Code { get; }

    public ErrorKind Kind { get; }
}
