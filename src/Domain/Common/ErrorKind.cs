namespace HanoiDvc.Domain.Common;

/// <summary>
/// What kind of refusal an error is. Every error the project raises carries one (<see cref="IHasErrorKind"/>); the API
/// answers each kind with one HTTP status, chosen in one place (WebApi <c>ErrorHandling/ErrorStatuses</c>), never from
/// the error's code.
/// </summary>
public enum ErrorKind
{
    /// <summary>The state of things does not allow it (409): the default of a domain rule.</summary>
    Conflict = 0,

    /// <summary>The request breaks a rule about its own content, with the fields at fault (400).</summary>
    Validation = 1,

    /// <summary>Nobody is signed in, or the sign-in was refused (401).</summary>
    Unauthenticated = 2,

    /// <summary>The caller is known but may not do this (403).</summary>
    Forbidden = 3,

    /// <summary>No such resource, or one the caller may not know exists (404).</summary>
    NotFound = 4,

    /// <summary>The resource changed since the caller read it (<c>If-Match</c>, 412).</summary>
    PreconditionFailed = 5,

    /// <summary>Understood but not processable as sent: a value required in this state left out, a reused key (422).</summary>
    Unprocessable = 6,

    /// <summary>A service the answer needs (the database) is out of reach for now (503).</summary>
    Unavailable = 7,
}

/// <summary>An error of the project's own, with its <see cref="ErrorKind"/>.</summary>
public interface IHasErrorKind
{
    ErrorKind Kind { get; }
}
