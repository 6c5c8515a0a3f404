using System.Data.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Dossiers.Events;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HanoiDvc.Infrastructure.Observability;

/// <summary>
/// Counts dossiers submitted, received and returned from the events of the dossiers being saved, once the save is
/// committed: at once for a save in its own transaction, at the commit of an explicit transaction, never for a save or
/// transaction that failed or was rolled back. One place, so no command can forget it.
/// </summary>
internal sealed class DossierMetricsInterceptor(HanoiDvcMetrics metrics) : SaveChangesHooks, IDbTransactionInterceptor
{
    private List<Action> _saving = [];
    private List<Action> _awaitingCommit = [];

    protected override void BeforeSave(DbContext? db) => Capture(db);

    protected override void AfterSave(DbContext? db)
    {
        _awaitingCommit.AddRange(_saving);
        _saving = [];
        if (db?.Database.CurrentTransaction is null)
        {
            Record();
        }
    }

    protected override void AfterFailure(DbContext? db) => _saving = [];

    // A new transaction: anything still awaiting a commit belonged to one that ended without telling (disposed).
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        _awaitingCommit = [];
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        _awaitingCommit = [];
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Record();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Record();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _awaitingCommit = [];

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _awaitingCommit = [];
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => _awaitingCommit = [];

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _awaitingCommit = [];
        return Task.CompletedTask;
    }

    private void Capture(DbContext? db)
    {
        _saving = [];
        if (db is null)
        {
            return;
        }

        foreach (var dossier in db.ChangeTracker.Entries<Dossier>().Where(e => e.State != EntityState.Detached).Select(e => e.Entity))
        {
            foreach (var domainEvent in dossier.DomainEvents)
            {
                Action? count = domainEvent switch
                {
                    DossierSubmitted submitted => () => metrics.DossierSubmitted(submitted.Channel),
                    DossierReceived => () => metrics.DossierReceived(dossier.SubmissionChannel),
                    ResultReturned returned => () => metrics.ResultReturned(returned.Channel),
                    _ => null,
                };
                if (count is not null)
                {
                    _saving.Add(count);
                }
            }
        }
    }

    private void Record()
    {
        foreach (var count in _awaitingCommit)
        {
            count();
        }

        _awaitingCommit = [];
    }
}
