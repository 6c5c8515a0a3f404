namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>
/// The dossier's entity tag is its row version (PostgreSQL xmin), which changes with every write. A write that sends
/// <c>If-Match</c> with another tag is refused (412) before anything is decided; a write racing after the check still
/// loses on the row version (409).
/// </summary>
internal sealed class DossierPreconditions(IRequestPreconditions? preconditions = null)
{

    public async Task EnsureAsync(IAppDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        if (preconditions?.IfMatch is not { } expected || expected.Contains("*"))
        {
            return;
        }

        var current = await DossierEntityTags.CurrentAsync(db, dossierId, cancellationToken);
        if (current is null || !expected.Contains(current))
        {
            throw new PreconditionFailedException();
        }
    }
}

/// <summary>A dossier's entity tag (<c>ETag</c>): its row version, which every write changes.</summary>
public static class DossierEntityTags
{
    /// <summary>The dossier's current tag (unquoted), or null when it does not exist. Says nothing about who may read it.</summary>
    public static async Task<string?> CurrentAsync(IAppDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        var versions = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId)
            .Select(d => EF.Property<uint>(d, "Version")).ToListAsync(cancellationToken);
        return versions.Count == 0 ? null : $"d{versions[0]}";
    }
}
