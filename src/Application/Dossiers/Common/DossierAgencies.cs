using HanoiDvc.Application.Common.Exceptions;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Domain.Procedures;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>The agencies a new dossier names: the deciding one must decide at the version's level, the receiving one must receive (or be the deciding one).</summary>
internal static class DossierAgencies
{
    /// <summary>Checks both and returns the receiving agency (the deciding one when none is named); 400 otherwise.</summary>
    public static async Task<Guid> EnsureAsync(IAppDbContext db, ProcedureVersion version, Guid decidingAgencyId, Guid? receivingAgencyId, CancellationToken cancellationToken)
    {
        var deciding = await db.Agencies.AsNoTracking()
            .AnyAsync(a => a.Id == decidingAgencyId && a.Decides && a.LevelCode == version.DecidingLevelCode, cancellationToken);
        var receivingId = receivingAgencyId ?? decidingAgencyId;
        var receiving = await db.Agencies.AsNoTracking().AnyAsync(a => a.Id == receivingId && (a.Receives || a.Id == decidingAgencyId), cancellationToken);
        if (!deciding || !receiving)
        {
            throw new RequestValidationException([
                new FluentValidation.Results.ValidationFailure(deciding ? "ReceivingAgencyId" : "DecidingAgencyId",
                    Localized.Text("Cơ quan không giải quyết hoặc không tiếp nhận thủ tục này.", "This agency does not decide or receive this procedure.")),
            ]);
        }

        return receivingId;
    }
}
