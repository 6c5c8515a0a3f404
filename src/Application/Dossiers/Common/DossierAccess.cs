namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>
/// Which dossiers a user may read: an applicant their own; an official those their agency receives, decides or holds,
/// an integrator those of the agencies it acts for; both except online drafts, which stay the applicant's own until submitted.
/// Every dossier query goes through <see cref="Visible"/>, so none can forget the scoping.
/// </summary>
internal static class DossierAccess
{
    public static IQueryable<Dossier> Visible(this IQueryable<Dossier> dossiers, ICurrentUser user)
    {
        var userId = user.UserId ?? throw new NotSignedInException();
        if (user.IsIntegrator)
        {
            // An integrator: the dossiers its agencies receive, decide or hold, never an online draft (checked before the
            // applicant rule, so a client's id can never match a dossier's applicant).
            var agencies = user.ClientAgencyIds.ToList();
            return dossiers.Where(d => (agencies.Contains(d.CurrentAgencyId) || agencies.Contains(d.ReceivingAgencyId) || agencies.Contains(d.DecidingAgencyId))
                && (d.Status != DossierStatus.Draft || d.SubmissionChannel != Channel.Online));
        }

        if (user.AgencyId is { } agency)
        {
            return dossiers.Where(d => (d.CurrentAgencyId == agency || d.ReceivingAgencyId == agency || d.DecidingAgencyId == agency)
                && (d.Status != DossierStatus.Draft || d.SubmissionChannel != Channel.Online));
        }

        return user.IsInRole(HanoiDvc.Application.Common.Security.Roles.SystemAdmin) ? dossiers : dossiers.Where(d => d.ApplicantId == userId);
    }

    /// <summary>
    /// The dossier with its steps, attachments, result and digitised copies. The context splits collection includes into one query per collection
    /// (see the Infrastructure's <c>UseQuerySplittingBehavior</c>): a joined query would repeat the dossier's wide row
    /// (form, schema, documents) once per step × attachment.
    /// </summary>
    public static IQueryable<Dossier> WithParts(this IQueryable<Dossier> dossiers) =>
        dossiers.Include(d => d.Steps).Include(d => d.Attachments).Include(d => d.Result).Include(d => d.DigitisedCopies);

    /// <summary>
    /// The dossier a transition changes, tracked, with the parts it can have: its result and attachments, then its steps and
    /// digitised copies only when it can have any (<see cref="Dossier.MayHaveSteps"/>, <see cref="Dossier.MayHaveDigitisedCopies"/>).
    /// A draft being submitted is read in two statements instead of four. Null when <paramref name="dossiers"/> has no such dossier.
    /// </summary>
    public static async Task<Dossier?> ForChangeAsync(this IQueryable<Dossier> dossiers, Guid id, CancellationToken cancellationToken)
    {
        var dossier = await dossiers.Include(d => d.Attachments).Include(d => d.Result).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        // Tracked, so the context adds each row to its dossier's collection; the steps in the order they were written.
        var parts = dossiers.Where(d => d.Id == id);
        if (dossier.MayHaveSteps)
        {
            await parts.SelectMany(d => d.Steps).OrderBy(s => s.Sequence).LoadAsync(cancellationToken);
        }

        if (dossier.MayHaveDigitisedCopies)
        {
            await parts.SelectMany(d => d.DigitisedCopies).LoadAsync(cancellationToken);
        }

        return dossier;
    }

    public static NotFoundException NotFound(Guid id) => new("Dossier", id);
}
