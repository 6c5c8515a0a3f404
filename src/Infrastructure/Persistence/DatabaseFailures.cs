using System.Data.Common;
using HanoiDvc.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace HanoiDvc.Infrastructure.Persistence;

/// <summary>
/// Tells a database that cannot be reached from a failing request, and a lost race from a fault. Looks through the inner
/// exceptions, since EF Core wraps the driver's.
/// </summary>
public sealed class DatabaseFailures : IDatabaseFailures
{
    public bool IsOutage(Exception exception)
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

    public bool IsConflict(Exception exception) =>
        exception is DbUpdateConcurrencyException or DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } };
}
