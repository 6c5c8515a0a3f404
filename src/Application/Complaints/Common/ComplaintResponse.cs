using HanoiDvc.Domain.Complaints;

namespace HanoiDvc.Application.Complaints.Common;

/// <summary>
/// Loads a complaint for an official's response, lets the aggregate decide, saves. A complaint of another agency is a 404
/// (as for one that does not exist); one of the caller's agency that they may not answer is the aggregate's 403.
/// </summary>
internal sealed class ComplaintResponse(IAppDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<ComplaintDto> ApplyAsync(Guid id, Action<Complaint, Actor, DateTimeOffset> respond, CancellationToken cancellationToken)
    {
        var actor = DossierActors.From(user);
        var agencies = actor.Agencies.ToList();
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == id && agencies.Contains(c.AgencyId), cancellationToken)
            ?? throw new NotFoundException("Complaint", id);
        var now = clock.GetUtcNow();
        respond(complaint, actor, now);
        await db.SaveChangesAsync(cancellationToken);
        return (await ComplaintViews.ForAsync(db, [complaint], actor, now, cancellationToken))[0];
    }
}
