using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Common.Exceptions;

/// <summary>The same Idempotency-Key came back with a different request (answered 422).</summary>
public sealed class IdempotencyKeyReusedException : Exception, IHasErrorKind
{
    public ErrorKind Kind => ErrorKind.Unprocessable;

    public IdempotencyKeyReusedException() : base("This Idempotency-Key was already used with a different request.") { }

    public IdempotencyKeyReusedException(string message) : base(message) { }

    public IdempotencyKeyReusedException(string message, Exception innerException) : base(message, innerException) { }
}
