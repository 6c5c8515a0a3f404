namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>What a failure of the database means for the caller (decided by the persistence layer, which knows the driver).</summary>
public interface IDatabaseFailures
{
    /// <summary>
    /// The database cannot be reached (down, restarting, refusing connections, out of connections, retries exhausted): the
    /// client should try again later (503), nobody needs a stack trace.
    /// </summary>
    bool IsOutage(Exception exception);

    /// <summary>A stale write (row version) or a value a unique index already holds: someone else changed it first (409).</summary>
    bool IsConflict(Exception exception);
}
