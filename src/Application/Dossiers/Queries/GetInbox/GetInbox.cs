using AutoMapper;
using AutoMapper.QueryableExtensions;
using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Domain.Calendar;

namespace HanoiDvc.Application.Dossiers.Queries.GetInbox;

/// <summary>How the inbox is ordered.</summary>
public enum InboxSort
{
    /// <summary>Earliest due first; dossiers waiting for reception (no due date yet) after, oldest first.</summary>
    DueAt,

    /// <summary>Latest due first.</summary>
    DueAtDescending,

    /// <summary>Oldest submission first.</summary>
    SubmittedAt,

    /// <summary>Newest submission first.</summary>
    SubmittedAtDescending,
}

/// <summary>
/// The official's inbox: open dossiers held by (or waiting for reception at) their agency, with the working days left
/// before each one's due instant.
/// </summary>
/// <param name="Statuses">Only these states (none: every open state).</param>
/// <param name="AssignedToMe">Only dossiers assigned to the signed-in official.</param>
/// <param name="DueWithinWorkingDays">Only dossiers not yet overdue and due within this many working days from now.</param>
/// <param name="Overdue">Only dossiers past their due date.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page (1–100).</param>
/// <param name="Sort">The order (default: earliest due first).</param>
/// <param name="Query">A dossier code or tracking number (exact), or part of the applicant's name.</param>
/// <param name="AwaitingCollection">Only results waiting at the desk whose appointment has passed (chờ nhận kết quả).</param>
/// <param name="Group">Only the states of this group (<see cref="DossierStatusSets.Members"/>), e.g. an inbox tab.</param>
[RequiresRole(Roles.Receptionist, Roles.Specialist, Roles.Leader)]
public sealed record GetInbox(
    IReadOnlyList<DossierStatus>? Statuses = null, bool AssignedToMe = false, int? DueWithinWorkingDays = null, bool Overdue = false, int Page = 1, int PageSize = 20,
    InboxSort Sort = InboxSort.DueAt, string? Query = null, bool AwaitingCollection = false, StatusGroup? Group = null)
    : IRequest<PagedList<DossierSummaryDto>>, IPagedQuery;

internal sealed class GetInboxHandler(IAppDbContext db, ICurrentUser user, IWorkingCalendarProvider calendars, TimeProvider clock, IMapper mapper, ProcedureNames names, IInboxCounts counts)
    : IRequestHandler<GetInbox, PagedList<DossierSummaryDto>>
{
    public async Task<PagedList<DossierSummaryDto>> Handle(GetInbox request, CancellationToken cancellationToken)
    {
        var agency = user.AgencyId ?? throw new NotSignedInException();
        var calendar = await calendars.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var (held, waiting) = InboxQueries.Halves(db, agency);
        (held, waiting) = (Filter(held, request), Filter(waiting, request));
        if (request.Statuses is { Count: > 0 } statuses)
        {
            held = held.Where(d => statuses.Contains(d.Status));
            waiting = statuses.Contains(DossierStatus.Submitted) ? waiting : waiting.Where(_ => false);
        }

        if (request.Group is { } group)
        {
            var members = DossierStatusSets.Members(group);
            held = held.InSet(members);
            waiting = members.Contains(DossierStatus.Submitted) ? waiting : waiting.Where(_ => false);
        }

        if (request.AwaitingCollection)
        {
            // Resolved or refused, the appointment passed, collected at the desk (not a level-4 dossier submitted online).
            held = held.InSet(DossierStatusSets.Decided).Where(d => (d.AppointmentAt == null || d.AppointmentAt < now)
                && (d.SubmissionChannel != Channel.Online || db.ProcedureVersions.Any(v => v.Id == d.ProcedureVersionId && v.ServiceLevel != Domain.Procedures.ServiceLevel.Full)));
            waiting = waiting.Where(_ => false);
        }

        if (request.Overdue)
        {
            held = held.Overdue(now);
            waiting = waiting.Where(_ => false); // not received yet: no due date
        }

        if (request.DueWithinWorkingDays is { } days)
        {
            var limit = calendar.Add(now, WorkingDuration.FromDays(days));
            held = held.Where(d => d.DueAt >= now && d.DueAt <= limit);
            waiting = waiting.Where(_ => false);
        }

        var total = await TotalAsync(agency, held, waiting, request, cancellationToken);
        var items = request.Sort == InboxSort.DueAt
            ? await DueOrderAsync(held, waiting, request, cancellationToken)
            : await Ordered(held.Concat(waiting), request.Sort)
                .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
                .ProjectTo<DossierSummaryDto>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
        var named = await names.FillAsync(db.ProcedureVersions, items, cancellationToken);
        return new PagedList<DossierSummaryDto>(
            [.. named.Select(d => d with { WorkingDaysLeft = d.DueAt is { } due ? DaysLeft(calendar, now, due) : null, IsOverdue = DossierStatusSets.IsOverdue(d.Status, d.DueAt, now) })],
            request.Page, request.PageSize, total);
    }

    /// <summary>
    /// How many dossiers the filters let through: from the agency's kept counts when the filters are states only (every tab),
    /// counted otherwise.
    /// </summary>
    private async Task<int> TotalAsync(Guid agency, IQueryable<Dossier> held, IQueryable<Dossier> waiting, GetInbox request, CancellationToken cancellationToken)
    {
        if (request.AssignedToMe || !string.IsNullOrWhiteSpace(request.Query) || request.AwaitingCollection || request.Overdue || request.DueWithinWorkingDays is not null)
        {
            return await held.CountAsync(cancellationToken) + await waiting.CountAsync(cancellationToken);
        }

        IEnumerable<DossierStatus> states = [.. DossierStatusSets.WithAgency, DossierStatus.Submitted];
        if (request.Statuses is { Count: > 0 } statuses)
        {
            states = states.Intersect(statuses);
        }

        if (request.Group is { } group)
        {
            states = states.Intersect(DossierStatusSets.Members(group));
        }

        var tally = await counts.OfAgencyAsync(agency, cancellationToken);
        var wanted = states.ToHashSet();
        return tally.HeldIn(wanted) + (wanted.Contains(DossierStatus.Submitted) ? tally.Waiting : 0);
    }

    /// <summary>
    /// Held dossiers by due date first, then those waiting for reception by submission time, each half read in the
    /// order of its own index: an OR of the two would make PostgreSQL sort every open dossier of a large agency.
    /// </summary>
    private async Task<List<DossierSummaryDto>> DueOrderAsync(IQueryable<Dossier> held, IQueryable<Dossier> waiting, GetInbox request, CancellationToken cancellationToken)
    {
        var wanted = request.Page * request.PageSize;
        var first = await Page(held.OrderBy(d => d.DueAt).ThenBy(d => d.SubmittedAt).ThenBy(d => d.Id), wanted, cancellationToken);
        var second = first.Count >= wanted ? [] : await Page(waiting.OrderBy(d => d.SubmittedAt).ThenBy(d => d.Id), wanted - first.Count, cancellationToken);
        return [.. first.Concat(second).Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)];
    }

    private static IQueryable<Dossier> Ordered(IQueryable<Dossier> dossiers, InboxSort sort) => sort switch
    {
        InboxSort.DueAtDescending => dossiers.OrderByDescending(d => d.DueAt).ThenByDescending(d => d.SubmittedAt).ThenBy(d => d.Id),
        InboxSort.SubmittedAt => dossiers.OrderBy(d => d.SubmittedAt).ThenBy(d => d.Id),
        _ => dossiers.OrderByDescending(d => d.SubmittedAt).ThenBy(d => d.Id),
    };

    /// <summary>Whole and fractional working days from now to <paramref name="due"/>, negative when it has passed.</summary>
    private static decimal DaysLeft(WorkingCalendar calendar, DateTimeOffset now, DateTimeOffset due) =>
        Math.Round(due >= now ? calendar.Between(now, due).TotalDays : -calendar.Between(due, now).TotalDays, 1);

    private IQueryable<Dossier> Filter(IQueryable<Dossier> dossiers, GetInbox request)
    {
        if (request.AssignedToMe)
        {
            var me = user.UserId;
            dossiers = dossiers.Where(d => d.AssigneeId == me);
        }

        var query = request.Query?.Trim();
        if (string.IsNullOrEmpty(query))
        {
            return dossiers;
        }

        if (DossierCode.TryParse(query, out var code))
        {
            return dossiers.Where(d => d.Code == code);
        }

        var tracking = query.ToUpperInvariant();
        var name = query.ToLower(System.Globalization.CultureInfo.InvariantCulture);
#pragma warning disable CA1304, CA1311, CA1862 // translated to PostgreSQL's lower(… ) LIKE: no .NET culture is involved
        return dossiers.Where(d => d.TrackingNumber == tracking || d.ApplicantName.ToLower().Contains(name));
#pragma warning restore CA1304, CA1311, CA1862
    }

    private Task<List<DossierSummaryDto>> Page(IQueryable<Dossier> ordered, int count, CancellationToken cancellationToken) =>
        ordered.Take(count).ProjectTo<DossierSummaryDto>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
}
