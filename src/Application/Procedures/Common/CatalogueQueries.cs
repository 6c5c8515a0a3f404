using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Procedures.Common;

/// <summary>What the public may see of the catalogue: the published version of each listed procedure.</summary>
internal static class CatalogueQueries
{
    /// <summary>From the read side (replica when configured): the public catalogue's own queries.</summary>
    public static IQueryable<ProcedureVersion> PublishedVersions(IReadDbContext db) => PublishedVersions(db.ProcedureVersions, db.Procedures);

    /// <summary>From the primary: for use cases that go on to write (a draft picks its version here).</summary>
    public static IQueryable<ProcedureVersion> PublishedVersions(IAppDbContext db) => PublishedVersions(db.ProcedureVersions, db.Procedures);

    private static IQueryable<ProcedureVersion> PublishedVersions(IQueryable<ProcedureVersion> versions, IQueryable<Procedure> procedures) =>
        from v in versions
        join p in procedures on v.ProcedureId equals p.Id
        where p.IsListed && v.Status == ProcedureVersionStatus.Published
        select v;
}
