using HanoiDvc.Domain.Common;

namespace HanoiDvc.Application.Common.Exceptions;

/// <summary>
/// Nobody is signed in (or the signed-in caller is not one this use case serves, such as an official without an agency):
/// 401. The project's own "please sign in", so that .NET's <see cref="UnauthorizedAccessException"/> (a file the process may
/// not read) stays a fault (500).
/// </summary>
public sealed class NotSignedInException : Exception, IHasErrorKind
{
    public NotSignedInException() : base("Sign in to do this.") { }

    public NotSignedInException(string message) : base(message) { }

    public NotSignedInException(string message, Exception innerException) : base(message, innerException) { }

    public ErrorKind Kind => ErrorKind.Unauthenticated;
}
