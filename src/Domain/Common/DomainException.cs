namespace HanoiDvc.Domain.Common;

/// <summary>A rule of the domain refused an operation. <see cref="Code"/> is stable and machine-readable (e.g. <c>dossier.invalid_transition</c>).</summary>
public sealed class DomainException : Exception
{
    public DomainException(string code, string message) : base(message) => Code = code;

    public DomainException() : this("domain.error", "A domain rule was violated.") { }

    public DomainException(string message) : this("domain.error", message) { }

    public DomainException(string message, Exception innerException) : base(message, innerException) => Code = "domain.error";

    /// <summary>Stable error code, part of the public API contract.</summary>
    public string Code { get; }
}
