using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Common.Exceptions;

/// <summary>The caller is known but may not perform this operation on this resource.</summary>
public sealed class ForbiddenAccessException : Exception, IHasErrorKind
{
    public ErrorKind Kind => ErrorKind.Forbidden;

    public ForbiddenAccessException() : base("You may not perform this operation.") { }

    public ForbiddenAccessException(string message) : base(message) { }

    public ForbiddenAccessException(string message, Exception innerException) : base(message, innerException) { }
}
