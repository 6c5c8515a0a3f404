using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>What issuing a result needs besides the file: the dossier (with its result), its procedure version and the issuing agency.</summary>
internal sealed record ResultIssuingContext(Dossier Dossier, string ProcedureName, ServiceLevel ServiceLevel, string IssuerName, bool? OnlineResult = null);

/// <summary>Loads what <see cref="Dossier.IssueResult"/> needs, scoped like every dossier read (404 outside the caller's scope).</summary>
internal static class ResultIssuing
{
    public static async Task<ResultIssuingContext> LoadAsync(IAppDbContext db, ICurrentUser user, Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.Visible(user).Include(d => d.Result)
            .SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken)
            ?? throw DossierAccess.NotFound(dossierId);
        var version = await db.ProcedureVersions.AsNoTracking().Where(v => v.Id == dossier.ProcedureVersionId)
            .Select(v => new { v.Name, v.ServiceLevel, v.Content }).SingleAsync(cancellationToken);
        var issuer = await db.Agencies.AsNoTracking().Where(a => a.Id == dossier.DecidingAgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        return new ResultIssuingContext(dossier, version.Name, version.ServiceLevel, issuer, version.Content.OnlineResult);
    }
}
