using AutoMapper;
using HanoiDvc.Application.Calendar;
using HanoiDvc.Domain.Integrations;

namespace HanoiDvc.Application.Integrations.Dossiers;

/// <summary>The statuses an external system that processes a dossier can report.</summary>
public enum ExternalStatus
{
    /// <summary>Received at its desk (Submitted → Received; the dossier gets its code and due date here).</summary>
    Received = 1,

    /// <summary>Refused at reception, with <c>reasons</c> (Submitted → NotReceived).</summary>
    NotReceived = 2,

    /// <summary>Supplement asked for, with <c>missing</c> (Submitted, Received or InProcessing → SupplementRequested).</summary>
    SupplementRequested = 3,

    /// <summary>Being processed (Received → InProcessing).</summary>
    InProcessing = 4,

    /// <summary>Approved: the result is ready (→ Resolved, passing through the steps not reported).</summary>
    Approved = 5,

    /// <summary>Refused with <c>reasons</c> (→ Refused, passing through the steps not reported).</summary>
    Refused = 6,

    /// <summary>The result was handed over (Resolved or Refused → ResultReturned); <c>channel</c> says how (default InPerson).</summary>
    ResultReturned = 7,
}

/// <summary>
/// An external system reports the status of a dossier it submitted and processes itself (the dossier's source is this
/// client). Each report is mapped to the workflow's transitions, acted by the client with the roles its scope gives at the
/// agencies it acts for (<see cref="DossierActors"/>), so every step passes the guards an official's would: a client of a
/// ward cannot approve at the Department. Statuses it skips (e.g. straight to Approved) are walked through in order. Sends
/// <c>If-Match</c> to refuse a report on a dossier that changed since it was read.
/// </summary>
[RequiresScope(IntegratorScopes.DossiersWrite)]
public sealed record ReportExternalStatus(Guid Id, ExternalStatus Status, string? Reasons, IReadOnlyList<string>? Missing, Channel? Channel, string? Comment, CommentAudience? CommentAudience = null)
    : IDossierTransition, ITransactionalCommand;

internal sealed class ReportExternalStatusValidator : AbstractValidator<ReportExternalStatus>
{
    public ReportExternalStatusValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Reasons).NotEmpty().MaximumLength(2000).When(x => x.Status is ExternalStatus.NotReceived or ExternalStatus.Refused);
        RuleFor(x => x.Missing).NotEmpty().When(x => x.Status == ExternalStatus.SupplementRequested);
        RuleFor(x => x.Comment).MaximumLength(2000);
        this.CommentAudienceRules(x => x.Comment, x => x.CommentAudience);
    }
}

internal sealed class ReportExternalStatusHandler(
    IAppDbContext db, ICurrentUser user, IDossierCodeSequence sequence, IWorkingCalendarProvider calendars, TimeProvider clock, IMapper mapper,
    DossierPreconditions preconditions)
    : IRequestHandler<ReportExternalStatus, DossierDto>
{
    public async Task<DossierDto> Handle(ReportExternalStatus request, CancellationToken cancellationToken)
    {
        var client = await IntegrationCaller.LoadAsync(db, user, cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var dossier = await db.Dossiers.Visible(user).ForChangeAsync(request.Id, cancellationToken)
            ?? throw DossierAccess.NotFound(request.Id);
        if (dossier.Source != client.Source)
        {
            throw new ForbiddenAccessException("Only the system a dossier came from reports its status.");
        }

        await preconditions.EnsureAsync(db, dossier.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var actor = DossierActors.From(user);

        async Task ReceiveAsync()
        {
            var code = await DossierCodes.NextAsync(db, sequence, dossier, now, calendar, cancellationToken);
            dossier.Receive(actor, now, calendar, code, request.Comment, request.CommentAudience);
        }

        // Walks Submitted → Received → InProcessing → AwaitingApproval, stopping at the state the report needs.
        async Task AdvanceToAsync(DossierStatus target)
        {
            if (dossier.Status == DossierStatus.Submitted && target != DossierStatus.Submitted)
            {
                await ReceiveAsync();
            }

            if (dossier.Status == DossierStatus.Received && target is DossierStatus.InProcessing or DossierStatus.AwaitingApproval)
            {
                dossier.Assign(actor, now, calendar, client.Id, request.Comment, request.CommentAudience);
            }

            if (dossier.Status == DossierStatus.InProcessing && target == DossierStatus.AwaitingApproval)
            {
                dossier.SubmitForApproval(actor, now, request.Comment, request.CommentAudience);
            }
        }

        switch (request.Status)
        {
            case ExternalStatus.Received:
                await ReceiveAsync();
                break;
            case ExternalStatus.NotReceived:
                dossier.RejectAtReception(actor, now, request.Reasons!);
                break;
            case ExternalStatus.SupplementRequested:
                dossier.RequestSupplement(actor, now, request.Missing!);
                break;
            case ExternalStatus.InProcessing:
                await AdvanceToAsync(DossierStatus.InProcessing);
                break;
            case ExternalStatus.Approved:
                await AdvanceToAsync(DossierStatus.AwaitingApproval);
                dossier.Approve(actor, now, calendar, request.Comment, request.CommentAudience);
                break;
            case ExternalStatus.Refused:
                await AdvanceToAsync(DossierStatus.AwaitingApproval);
                dossier.Refuse(actor, now, calendar, request.Reasons!);
                break;
            case ExternalStatus.ResultReturned:
                var version = await db.ProcedureVersions.AsNoTracking().Where(v => v.Id == dossier.ProcedureVersionId).Select(v => new { v.ServiceLevel, v.Content }).SingleAsync(cancellationToken);
                dossier.ReturnResult(actor, now, request.Channel ?? Channel.InPerson, version.ServiceLevel, request.Comment, request.CommentAudience, version.Content.OnlineResult);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Status, "Unknown status.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<DossierDto>(dossier);
    }
}
