namespace HanoiDvc.Application.Dossiers.Commands.RateDossier;

/// <summary>The applicant rates how a finished dossier was handled (once; the rating cannot be changed).</summary>
[RequiresRole]
public sealed record RateDossier(Guid Id, Satisfaction Level, string? Comment) : IDossierTransition;

internal sealed class RateDossierHandler(DossierChange change) : IRequestHandler<RateDossier, DossierDto>
{
    public Task<DossierDto> Handle(RateDossier request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, c => c.Dossier.Rate(c.Actor, c.Now, request.Level, request.Comment), cancellationToken);
}
