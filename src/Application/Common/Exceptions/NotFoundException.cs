using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Common.Exceptions;

/// <summary>The requested resource does not exist, or the caller may not know that it does.</summary>
public sealed class NotFoundException : Exception, IHasErrorKind
{
    public ErrorKind Kind => ErrorKind.NotFound;

    public NotFoundException() : base("The resource was not found.") { }

    public NotFoundException(string message) : base(message) { }

    public NotFoundException(string message, Exception innerException) : base(message, innerException) { }

    public NotFoundException(string resource, object key) : base($"{resource} '{key}' was not found.") { }
}
