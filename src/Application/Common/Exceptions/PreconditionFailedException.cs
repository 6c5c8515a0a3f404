using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Common.Exceptions;

/// <summary>An <c>If-Match</c> precondition does not hold: the resource changed since the client read it (answered 412).</summary>
public sealed class PreconditionFailedException : Exception, IHasErrorKind
{
    public ErrorKind Kind => ErrorKind.PreconditionFailed;

    public PreconditionFailedException() : base("The resource changed since you read it (If-Match); read it again.") { }

    public PreconditionFailedException(string message) : base(message) { }

    public PreconditionFailedException(string message, Exception innerException) : base(message, innerException) { }
}
