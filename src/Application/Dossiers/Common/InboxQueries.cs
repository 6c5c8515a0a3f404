using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>The two halves of an agency's inbox, each served by its own index.</summary>
internal static class InboxQueries
{
    /// <summary>States in which the agency holding a dossier still has to act (the partial inbox index covers exactly these).</summary>
    public static readonly DossierStatus[] Held =
        [DossierStatus.Received, DossierStatus.SupplementRequested, DossierStatus.InProcessing, DossierStatus.AwaitingApproval, DossierStatus.Resolved, DossierStatus.Refused];

    /// <summary>
    /// Dossiers <paramref name="agency"/> holds, and dossiers waiting for reception at its desk. The state list is inlined
    /// so that the planner can prove the partial index's predicate.
    /// </summary>
    public static (IQueryable<Dossier> Held, IQueryable<Dossier> Waiting) Halves(IAppDbContext db, Guid agency) =>
        (db.Dossiers.AsNoTracking().Where(d => d.CurrentAgencyId == agency && EF.Constant(Held).Contains(d.Status)),
         db.Dossiers.AsNoTracking().Where(d => d.ReceivingAgencyId == agency && d.Status == DossierStatus.Submitted));
}
