using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Domain.Agencies;
using HanoiDvc.Domain.Complaints;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace HanoiDvc.Infrastructure.Persistence;

/// <summary>
/// <see cref="IReadDbContext"/> over an <see cref="AppDbContext"/>: the replica's own instance when
/// <c>ConnectionStrings:ReadOnly</c> is set, the request's primary one otherwise (see <see cref="DatabaseRegistration"/>).
/// </summary>
internal sealed class ReadDbContext(AppDbContext db) : IReadDbContext
{
    public IQueryable<Agency> Agencies => db.Agencies.AsNoTracking();

    public IQueryable<AdministrativeLevel> AdministrativeLevels => db.AdministrativeLevels.AsNoTracking();

    public IQueryable<Procedure> Procedures => db.Procedures.AsNoTracking();

    public IQueryable<ProcedureVersion> ProcedureVersions => db.ProcedureVersions.AsNoTracking();

    public IQueryable<Dossier> Dossiers => db.Dossiers.AsNoTracking();

    public IQueryable<Complaint> Complaints => db.Complaints.AsNoTracking();

    /// <summary>For the SQL of the statistics read model.</summary>
    public DatabaseFacade Database => db.Database;

    /// <summary>Tables the application layer does not see (the statistics tables).</summary>
    public IQueryable<TEntity> Set<TEntity>()
        where TEntity : class => db.Set<TEntity>().AsNoTracking();
}
