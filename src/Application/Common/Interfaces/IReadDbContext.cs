using HanoiDvc.Domain.Agencies;
using HanoiDvc.Domain.Complaints;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>
/// The read side of the read-heavy public queries (catalogue, public lookup, statistics): a read replica when
/// <c>ConnectionStrings:ReadOnly</c> is set, the primary otherwise. Untracked, and possibly a moment behind the primary, so
/// never read here what the same caller has just written and expects to see: a citizen's own dossier reads <see cref="IAppDbContext"/>.
/// </summary>
public interface IReadDbContext
{
    IQueryable<Agency> Agencies { get; }

    IQueryable<AdministrativeLevel> AdministrativeLevels { get; }

    IQueryable<Procedure> Procedures { get; }

    IQueryable<ProcedureVersion> ProcedureVersions { get; }

    IQueryable<Dossier> Dossiers { get; }

    /// <summary>Complaints, for the figures counted from them.</summary>
    IQueryable<Complaint> Complaints { get; }
}
