using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Procedures.Common;

/// <summary>Loads a procedure aggregate with its versions for a change.</summary>
internal static class ProcedureLoading
{
    public static async Task<Procedure> LoadAsync(this DbSet<Procedure> procedures, Guid id, CancellationToken cancellationToken) =>
        await procedures.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("Procedure", id);
}
