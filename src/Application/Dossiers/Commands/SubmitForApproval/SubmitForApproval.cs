namespace HanoiDvc.Application.Dossiers.Commands.SubmitForApproval;

/// <summary>The specialist submits the draft result to the leader.</summary>
[RequiresRole(Roles.Specialist)]
public sealed record SubmitForApproval(Guid Id, string? Comment, CommentAudience? CommentAudience = null) : IDossierTransition;

internal sealed class SubmitForApprovalHandler(DossierChange change) : IRequestHandler<SubmitForApproval, DossierDto>
{
    public Task<DossierDto> Handle(SubmitForApproval request, CancellationToken cancellationToken) =>
        change.ApplyAsync(request.Id, c => c.Dossier.SubmitForApproval(c.Actor, c.Now, request.Comment, request.CommentAudience), cancellationToken);
}
