using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Procedures.Common;

/// <summary>What the public may see of the catalogue: the published version of each listed procedure.</summary>
internal static class CatalogueQueries
{
    public static IQueryable<ProcedureVersion> PublishedVersions(IAppDbContext db) =>
        from v in db.ProcedureVersions
        join p in db.Procedures on v.ProcedureId equals p.Id
        where p.IsListed && v.Status == ProcedureVersionStatus.Published
        select v;
}
