namespace HanoiDvc.Application.Dossiers.Commands.ProvideSupplement;

/// <summary>The applicant supplies what was missing; the clock resumes and the due date moves by the paused working time.</summary>
[RequiresRole]
public sealed record ProvideSupplement(Guid Id, IReadOnlyDictionary<string, string?>? FormData, string? Comment) : IDossierTransition;

internal sealed class ProvideSupplementHandler(DossierChange change) : IRequestHandler<ProvideSupplement, DossierDto>
{
    public Task<DossierDto> Handle(ProvideSupplement request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, c => c.Dossier.ProvideSupplement(c.Actor, c.Now, c.Calendar, request.FormData, request.Comment), cancellationToken);
}
