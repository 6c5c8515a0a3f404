using HanoiDvc.Application.Calendar;
using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Application.Dossiers.Queries.GetInboxCounts;

/// <summary>The counts on the inbox's tabs for the signed-in official's agency.</summary>
/// <param name="ToReceive">Submitted, waiting for the desk.</param>
/// <param name="SupplementRequested">Waiting for the applicant's supplement.</param>
/// <param name="InProcessing">Received or being processed.</param>
/// <param name="AwaitingApproval">Draft results waiting for a leader.</param>
/// <param name="ResultToReturn">Approved or refused, to hand back.</param>
/// <param name="AssignedToMe">Held and assigned to the caller.</param>
/// <param name="DueSoon">Held and due within <see cref="GetInboxCounts.DueSoonWorkingDays"/> working days (not yet overdue).</param>
/// <param name="Overdue">Held and overdue (<see cref="DossierStatusSets.IsOverdue"/>: the clock runs and the due instant passed).</param>
/// <param name="AwaitingCollection">Results waiting at the desk whose appointment has passed (chờ nhận kết quả).</param>
public sealed record InboxCountsDto(int ToReceive, int SupplementRequested, int InProcessing, int AwaitingApproval, int ResultToReturn, int AssignedToMe, int DueSoon, int Overdue, int AwaitingCollection = 0);

/// <summary>How many dossiers each inbox tab holds.</summary>
[RequiresRole(Roles.Receptionist, Roles.Specialist, Roles.Leader)]
public sealed record GetInboxCounts : IRequest<InboxCountsDto>
{
    /// <summary>"Due soon" means within this many working days.</summary>
    public const int DueSoonWorkingDays = 2;
}

internal sealed class GetInboxCountsHandler(IAppDbContext db, ICurrentUser user, IWorkingCalendarProvider calendars, TimeProvider clock, IInboxCounts counts)
    : IRequestHandler<GetInboxCounts, InboxCountsDto>
{
    public async Task<InboxCountsDto> Handle(GetInboxCounts request, CancellationToken cancellationToken)
    {
        var agency = user.AgencyId ?? throw new NotSignedInException();
        var (held, _) = InboxQueries.Halves(db, agency);
        var now = clock.GetUtcNow();
        var soon = (await calendars.GetAsync(cancellationToken)).Add(now, WorkingDuration.FromDays(GetInboxCounts.DueSoonWorkingDays));
        var me = user.UserId;

        var tally = await counts.OfAgencyAsync(agency, cancellationToken);
        int Of(StatusGroup group) => tally.HeldIn(DossierStatusSets.Members(group));
        return new InboxCountsDto(
            ToReceive: tally.Waiting,
            SupplementRequested: Of(StatusGroup.Held),
            InProcessing: Of(StatusGroup.Processing),
            AwaitingApproval: Of(StatusGroup.AwaitingApproval),
            ResultToReturn: Of(StatusGroup.Decided),
            AssignedToMe: await held.CountAsync(d => d.AssigneeId == me, cancellationToken),
            DueSoon: await held.CountAsync(d => d.DueAt >= now && d.DueAt <= soon, cancellationToken),
            Overdue: await held.Overdue(now).CountAsync(cancellationToken),
            AwaitingCollection: await held.InSet(DossierStatusSets.Decided).CountAsync(
                d => (d.AppointmentAt == null || d.AppointmentAt < now)
                    && (d.SubmissionChannel != Channel.Online || db.ProcedureVersions.Any(v => v.Id == d.ProcedureVersionId && v.ServiceLevel != Domain.Procedures.ServiceLevel.Full)),
                cancellationToken));
    }
}
