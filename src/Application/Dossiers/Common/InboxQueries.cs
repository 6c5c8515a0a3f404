namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>The two halves of an agency's inbox, each served by its own index.</summary>
internal static class InboxQueries
{
    /// <summary>
    /// Dossiers <paramref name="agency"/> holds (<see cref="DossierStatusSets.WithAgency"/>, the partial inbox index's set), and
    /// dossiers waiting for reception at its desk.
    /// </summary>
    public static (IQueryable<Dossier> Held, IQueryable<Dossier> Waiting) Halves(IAppDbContext db, Guid agency) =>
        (db.Dossiers.AsNoTracking().Where(d => d.CurrentAgencyId == agency).InSet(DossierStatusSets.WithAgency),
         db.Dossiers.AsNoTracking().Where(d => d.ReceivingAgencyId == agency && d.Status == DossierStatus.Submitted));
}
