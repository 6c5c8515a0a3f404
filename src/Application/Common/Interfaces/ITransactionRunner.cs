namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>Runs work in one database transaction of the request's unit of work (implemented by the persistence layer).</summary>
public interface ITransactionRunner
{
    /// <summary>
    /// Runs <paramref name="work"/> in a new transaction and commits it; on a transient failure, rolls back, forgets every
    /// tracked change and runs <paramref name="work"/> again. Inside a transaction already open, runs it there, once.
    /// </summary>
    Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken);
}
