namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>
/// What each reader sees of a dossier's timeline: officials, integrators acting for agencies and system administrators
/// every comment; the applicant only the comments addressed to them (an internal remark is dropped here, on the server,
/// never left for the client to hide).
/// </summary>
internal static class DossierViews
{
    public static DossierDto For(this DossierDto dossier, ICurrentUser user) =>
        user.IsIntegrator || user.AgencyId is not null || user.IsInRole(Roles.SystemAdmin) ? dossier : dossier.ForApplicant();

    /// <summary>The applicant's view: internal comments removed (the step itself stays: who did what, when).</summary>
    public static DossierDto ForApplicant(this DossierDto dossier) => dossier with
    {
        Steps = [.. dossier.Steps.Select(s => s.CommentAudience == CommentAudience.Applicant ? s : s with { Comment = null, CommentAudience = null })],
        // The applicant reads the electronic result once it is released to them (decision 0014).
        IssuedResult = dossier.IssuedResult?.ReleasedAt is null ? null : dossier.IssuedResult,
    };
}
