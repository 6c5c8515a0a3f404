using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace HanoiDvc.Application.Common.Exceptions;

/// <summary>
/// Tells a database that cannot be reached (down, restarting, refusing connections, out of connections) from a failing
/// request: the client should try again later (503), nobody needs a stack trace. Looks through the inner exceptions, since
/// EF Core wraps the driver's.
/// </summary>
public static class DatabaseOutage
{
    public static bool Is(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                // The execution strategy gave up retrying failures it had judged transient.
                case RetryLimitExceededException:
                    return true;
                // Connection refused or broken, timeouts, server shutting down, too many connections (Npgsql's IsTransient).
                case DbException { IsTransient: true }:
                    return true;
                case DbException:
                    return false;
            }
        }

        return false;
    }
}
