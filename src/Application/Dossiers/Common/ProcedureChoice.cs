using FluentValidation.Results;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Application.Procedures.Common;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>The checks a new dossier's procedure and agencies must pass, whoever starts it.</summary>
internal static class ProcedureChoice
{
    /// <summary>
    /// The procedure's published version, once the deciding agency is shown to decide at the procedure's level and the
    /// receiving agency to receive (or to be the deciding one).
    /// </summary>
    /// <exception cref="NotFoundException">The procedure is not in the public catalogue.</exception>
    /// <exception cref="RequestValidationException">An agency does not decide or receive it.</exception>
    public static async Task<ProcedureVersion> ResolveAsync(
        IAppDbContext db, Guid procedureId, Guid decidingAgencyId, Guid receivingAgencyId, CancellationToken cancellationToken)
    {
        var version = await CatalogueQueries.PublishedVersions(db).AsNoTracking()
            .SingleOrDefaultAsync(v => v.ProcedureId == procedureId, cancellationToken)
            ?? throw new NotFoundException("Procedure", procedureId);
        var deciding = await db.Agencies.AsNoTracking()
            .AnyAsync(a => a.Id == decidingAgencyId && a.Decides && a.LevelCode == version.DecidingLevelCode, cancellationToken);
        var receiving = await db.Agencies.AsNoTracking()
            .AnyAsync(a => a.Id == receivingAgencyId && (a.Receives || a.Id == decidingAgencyId), cancellationToken);
        if (!deciding || !receiving)
        {
            throw new RequestValidationException([
                new ValidationFailure(deciding ? "ReceivingAgencyId" : "DecidingAgencyId",
                    Localized.Text("Cơ quan không giải quyết hoặc không tiếp nhận thủ tục này.", "This agency does not decide or receive this procedure.")),
            ]);
        }

        return version;
    }
}
