using HanoiDvc.Domain.Accounts;
using HanoiDvc.Domain.Agencies;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>The unit of work the use cases see: the aggregates' sets and one save.</summary>
public interface IAppDbContext
{
    DbSet<Agency> Agencies { get; }

    DbSet<AdministrativeLevel> AdministrativeLevels { get; }

    DbSet<Procedure> Procedures { get; }

    DbSet<ProcedureVersion> ProcedureVersions { get; }

    DbSet<CalendarYear> CalendarYears { get; }

    DbSet<Dossier> Dossiers { get; }

    DbSet<RefreshToken> RefreshTokens { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
