using Microsoft.Extensions.Options;

namespace HanoiDvc.Application.Dossiers.Commands.RecordUncollectedResult;

/// <summary>
/// The receiving agency's desk records that the applicant has not come for a result waiting at the desk, once the waiting
/// period (setting <c>UncollectedResults:WaitingPeriod</c>) after the appointment has passed. The result stays at the desk
/// and can still be returned; the outcome fixed at resolution is unchanged.
/// </summary>
[RequiresRole(Roles.Receptionist)]
public sealed record RecordUncollectedResult(Guid Id, string? Note, CommentAudience? CommentAudience = null) : IDossierTransition;

internal sealed class RecordUncollectedResultValidator : AbstractValidator<RecordUncollectedResult>
{
    public RecordUncollectedResultValidator()
    {
        RuleFor(x => x.Note).MaximumLength(DossierInputRules.MaxText);
        this.CommentAudienceRules(x => x.Note, x => x.CommentAudience);
    }
}

internal sealed class RecordUncollectedResultHandler(DossierChange change, IAppDbContext db, IOptions<UncollectedResultOptions> options)
    : IRequestHandler<RecordUncollectedResult, DossierDto>
{
    public Task<DossierDto> Handle(RecordUncollectedResult request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, async c =>
        {
            var level = await db.ProcedureVersions.AsNoTracking().Where(v => v.Id == c.Dossier.ProcedureVersionId).Select(v => v.ServiceLevel).SingleAsync(cancellationToken);
            c.Dossier.RecordUncollectedResult(c.Actor, c.Now, level, options.Value.WaitingPeriod, request.Note, request.CommentAudience);
        }, cancellationToken);
}
