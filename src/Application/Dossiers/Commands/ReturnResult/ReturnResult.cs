namespace HanoiDvc.Application.Dossiers.Commands.ReturnResult;

/// <summary>
/// The desk returns the result to the applicant (in person, online or by post). Online is for procedures whose version delivers results online and
/// releases the electronic result to the applicant's account.
/// </summary>
[RequiresRole(Roles.Receptionist)]
public sealed record ReturnResult(Guid Id, Channel Channel, string? Comment, CommentAudience? CommentAudience = null) : IDossierTransition;

internal sealed class ReturnResultHandler(DossierChange change, IAppDbContext db) : IRequestHandler<ReturnResult, DossierDto>
{
    public Task<DossierDto> Handle(ReturnResult request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, async c =>
        {
            var version = await db.ProcedureVersions.AsNoTracking().Where(v => v.Id == c.Dossier.ProcedureVersionId).Select(v => new { v.ServiceLevel, v.Content }).SingleAsync(cancellationToken);
            c.Dossier.ReturnResult(c.Actor, c.Now, request.Channel, version.ServiceLevel, request.Comment, request.CommentAudience, version.Content.OnlineResult);
        }, cancellationToken);
}
