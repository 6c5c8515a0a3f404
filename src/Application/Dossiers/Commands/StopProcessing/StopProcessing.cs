namespace HanoiDvc.Application.Dossiers.Commands.StopProcessing;

/// <summary>The leader stops the processing, with reasons (e.g. no supplement in time).</summary>
[RequiresRole(Roles.Leader)]
public sealed record StopProcessing(Guid Id, string Reasons) : IDossierTransition;

internal sealed class StopProcessingHandler(DossierChange change) : IRequestHandler<StopProcessing, DossierDto>
{
    public Task<DossierDto> Handle(StopProcessing request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, c => c.Dossier.StopProcessing(c.Actor, c.Now, request.Reasons), cancellationToken);
}
