namespace HanoiDvc.Application.Dossiers.Commands.SaveDraft;

/// <summary>
/// Saves the draft's form values so the applicant can resume later (autosave). A draft may be incomplete; keys that are
/// not fields of the form are refused. Records no processing step.
/// </summary>
[RequiresRole(Roles.Citizen, Roles.Organisation, Roles.Receptionist)]
public sealed record SaveDraft(Guid Id, IReadOnlyDictionary<string, string?> FormData) : IRequest<DossierDto>;

internal sealed class SaveDraftHandler(DossierChange change) : IRequestHandler<SaveDraft, DossierDto>
{
    public Task<DossierDto> Handle(SaveDraft request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, c => c.Dossier.SaveDraft(c.Actor, c.Now, request.FormData), cancellationToken);
}
