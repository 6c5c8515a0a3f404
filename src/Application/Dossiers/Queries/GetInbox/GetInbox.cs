using AutoMapper;
using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers;
using AutoMapper.QueryableExtensions;
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
    /// <summary>States in which the agency holding a dossier still has to act (the partial inbox index covers exactly these).</summary>
    private static readonly DossierStatus[] Held =
        [DossierStatus.Received, DossierStatus.SupplementRequested, DossierStatus.InProcessing, DossierStatus.AwaitingApproval, DossierStatus.Resolved, DossierStatus.Refused];

    public async Task<PagedList<DossierSummaryDto>> Handle(GetInbox request, CancellationToken cancellationToken)
    {
        var agency = user.AgencyId ?? throw new UnauthorizedAccessException();

        // Two halves, each served by its own index in due-date order: dossiers the agency holds, and dossiers waiting for
        // reception at its desk. An OR of the two would make PostgreSQL sort every open dossier of a large agency.
        // The state list is inlined so that the planner can prove the partial index's predicate.
        var held = Filter(db.Dossiers.AsNoTracking().Where(d => d.CurrentAgencyId == agency && EF.Constant(Held).Contains(d.Status)), request);
        var waiting = Filter(db.Dossiers.AsNoTracking().Where(d => d.ReceivingAgencyId == agency && d.Status == DossierStatus.Submitted), request);
        if (request.Status is { } status)
        {
            held = held.Where(d => d.Status == status);
            waiting = status == DossierStatus.Submitted ? waiting : waiting.Where(_ => false);
        }

        var now = clock.GetUtcNow();
        if (request.Overdue)
        {
            held = held.Where(d => d.DueAt < now);
            waiting = waiting.Where(_ => false); // not received yet: no due date
        }

        if (request.DueWithinWorkingDays is { } days)
        {
            var limit = (await calendars.GetAsync(cancellationToken)).Add(now, WorkingDuration.FromDays(days));
            held = held.Where(d => d.DueAt <= limit);
            waiting = waiting.Where(_ => false);
        }

        // Held dossiers by due date first, then those waiting for reception by submission time (they have no due date yet).
        var wanted = request.Page * request.PageSize;
        var first = await Page(held.OrderBy(d => d.DueAt).ThenBy(d => d.SubmittedAt).ThenBy(d => d.Id), wanted, cancellationToken);
        var second = first.Count >= wanted ? [] : await Page(waiting.OrderBy(d => d.SubmittedAt).ThenBy(d => d.Id), wanted - first.Count, cancellationToken);
        var total = await held.CountAsync(cancellationToken) + await waiting.CountAsync(cancellationToken);
        var items = first.Concat(second).Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        return new PagedList<DossierSummaryDto>(items, request.Page, request.PageSize, total);
    }

    private IQueryable<Dossier> Filter(IQueryable<Dossier> dossiers, GetInbox request)
    {
        if (!request.AssignedToMe)
        {
            return dossiers;
        }

        var me = user.UserId;
        return dossiers.Where(d => d.AssigneeId == me);
    }

    private Task<List<DossierSummaryDto>> Page(IQueryable<Dossier> ordered, int count, CancellationToken cancellationToken) =>
        ordered.Take(count).ProjectTo<DossierSummaryDto>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
}
