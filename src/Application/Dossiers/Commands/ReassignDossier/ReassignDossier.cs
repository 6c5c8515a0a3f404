namespace HanoiDvc.Application.Dossiers.Commands.ReassignDossier;

/// <summary>A leader hands the dossier being processed to another specialist of the agency holding it; the step's deadline stays.</summary>
[RequiresRole(Roles.Leader)]
public sealed record ReassignDossier(Guid Id, Guid AssigneeId, string? Comment, CommentAudience? CommentAudience = null) : IDossierTransition;

internal sealed class ReassignDossierHandler(DossierChange change, DossierParties parties) : IRequestHandler<ReassignDossier, DossierDto>
{
    public Task<DossierDto> Handle(ReassignDossier request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, async c =>
        {
            await parties.EnsureSpecialistAsync(request.AssigneeId, c.Dossier.CurrentAgencyId, nameof(request.AssigneeId), cancellationToken);
            c.Dossier.Reassign(c.Actor, c.Now, request.AssigneeId, request.Comment, request.CommentAudience);
        }, cancellationToken);
}

internal sealed class ReassignDossierValidator : AbstractValidator<ReassignDossier>
{
    public ReassignDossierValidator()
    {
        RuleFor(x => x.AssigneeId).NotEmpty();
        RuleFor(x => x.Comment).MaximumLength(DossierInputRules.MaxText);
        this.CommentAudienceRules(x => x.Comment, x => x.CommentAudience);
    }
}
