using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HanoiDvc.Infrastructure.Persistence;

/// <summary>A save-changes interceptor reduced to three hooks, the same for synchronous and asynchronous saves.</summary>
internal abstract class SaveChangesHooks : SaveChangesInterceptor
{
    /// <summary>Just before the save: what is added to the context now is saved with it.</summary>
    protected abstract void BeforeSave(DbContext? db);

    /// <summary>The save succeeded.</summary>
    protected abstract void AfterSave(DbContext? db);

    /// <summary>The save failed.</summary>
    protected abstract void AfterFailure(DbContext? db);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        BeforeSave(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        BeforeSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => AfterFailure(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        AfterFailure(eventData.Context);
        return Task.CompletedTask;
    }
}
