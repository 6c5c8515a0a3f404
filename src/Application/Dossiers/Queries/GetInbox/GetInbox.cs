using AutoMapper;
using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace HanoiDvc.Application.Dossiers.Queries.GetInbox;

/// <summary>
/// The official's inbox: open dossiers held by (or waiting for reception at) their agency, sorted by due date.
/// </summary>
/// <param name="Status">Only this state.</param>
/// <param name="AssignedToMe">Only dossiers assigned to the signed-in official.</param>
/// <param name="DueWithinWorkingDays">Only dossiers due within this many working days from now.</param>
/// <param name="Overdue">Only dossiers past their due date.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page (1–100).</param>
[RequiresRole(Roles.Receptionist, Roles.Specialist, Roles.Leader)]
public sealed record GetInbox(DossierStatus? Status = null, bool AssignedToMe = false, int? DueWithinWorkingDays = null, bool Overdue = false, int Page = 1, int PageSize = 20)
    : IRequest<PagedList<DossierSummaryDto>>, IPagedQuery;

internal sealed class GetInboxHandler(IAppDbContext db, ICurrentUser user, IWorkingCalendarProvider calendars, TimeProvider clock, IMapper mapper)
    : IRequestHandler<GetInbox, PagedList<DossierSummaryDto>>
{
    private static readonly DossierStatus[] Open =
        [DossierStatus.Submitted, DossierStatus.Received, DossierStatus.SupplementRequested, DossierStatus.InProcessing, DossierStatus.AwaitingApproval, DossierStatus.Resolved, DossierStatus.Refused];

    public async Task<PagedList<DossierSummaryDto>> Handle(GetInbox request, CancellationToken cancellationToken)
    {
        var agency = user.AgencyId ?? throw new UnauthorizedAccessException();
        var inbox = db.Dossiers.AsNoTracking().Where(d =>
            (d.CurrentAgencyId == agency && d.Status != DossierStatus.Submitted) || (d.ReceivingAgencyId == agency && d.Status == DossierStatus.Submitted));
        inbox = request.Status is { } status ? inbox.Where(d => d.Status == status) : inbox.Where(d => Open.Contains(d.Status));
        if (request.AssignedToMe)
        {
            var me = user.UserId;
            inbox = inbox.Where(d => d.AssigneeId == me);
        }

        var now = clock.GetUtcNow();
        if (request.Overdue)
        {
            inbox = inbox.Where(d => d.DueAt < now);
        }

        if (request.DueWithinWorkingDays is { } days)
        {
            var limit = (await calendars.GetAsync(cancellationToken)).Add(now, WorkingDuration.FromDays(days));
            inbox = inbox.Where(d => d.DueAt <= limit);
        }

        // Ascending due dates put the undated (not yet received) last in PostgreSQL, so the (agency, due) index serves the order;
        // only the summary columns are read, never the form and clock JSON.
        return await PagedList<DossierSummaryDto>.ProjectAsync(
            inbox.OrderBy(d => d.DueAt).ThenBy(d => d.SubmittedAt).ThenBy(d => d.Id), mapper.ConfigurationProvider, request.Page, request.PageSize, cancellationToken);
    }
}
