using HanoiDvc.Domain.Complaints;

namespace HanoiDvc.Application.Complaints.Common;

/// <summary>Turns complaints into their answers, with the names of their procedures, agencies and dossiers read in one query each.</summary>
internal static class ComplaintViews
{
    public static async Task<IReadOnlyList<ComplaintDto>> ForAsync(IAppDbContext db, IReadOnlyList<Complaint> complaints, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var names = await NamesAsync(db, complaints, cancellationToken);
        var dossierIds = complaints.Where(c => c.DossierId is not null).Select(c => c.DossierId!.Value).Distinct().ToList();
        var references = await db.Dossiers.AsNoTracking().Where(d => dossierIds.Contains(d.Id))
            .Select(d => new { d.Id, Code = d.Code == null ? null : d.Code.Value, d.TrackingNumber })
            .ToDictionaryAsync(d => d.Id, d => d.Code ?? d.TrackingNumber, cancellationToken);
        return [.. complaints.Select(c =>
        {
            var (procedure, agency) = names.Of(c);
            return new ComplaintDto(
                c.Id, c.TrackingCode, c.Subject, c.DossierId, c.DossierId is { } d ? references.GetValueOrDefault(d) : null, c.ProcedureId, procedure?.Vi, procedure?.En,
                c.AgencyId, agency?.Vi, agency?.En, c.ComplainantName, c.ContactEmail, c.ContactPhone, c.Content, c.Status, c.FiledAt, c.DueAt, c.AnsweredAt, c.Answer,
                c.AnsweredByName, c.AnsweredOnTime, c.IsOverdue(now), c.AllowedOperations(actor));
        })];
    }

    public static async Task<ComplaintTrackingDto> TrackingAsync(IAppDbContext db, Complaint c, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (procedure, agency) = (await NamesAsync(db, [c], cancellationToken)).Of(c);
        return new ComplaintTrackingDto(c.TrackingCode, c.Subject, procedure?.Vi, procedure?.En, agency?.Vi, agency?.En, c.Status, c.FiledAt, c.DueAt, c.AnsweredAt, c.Answer, c.AnsweredOnTime, c.IsOverdue(now));
    }

    private static async Task<Names> NamesAsync(IAppDbContext db, IReadOnlyList<Complaint> complaints, CancellationToken cancellationToken)
    {
        var procedureIds = complaints.Select(c => c.ProcedureId).Distinct().ToList();
        var agencyIds = complaints.Select(c => c.AgencyId).Distinct().ToList();
        // The latest version that is not a draft names the procedure as the public knows it.
        var versions = await db.ProcedureVersions.AsNoTracking()
            .Where(v => procedureIds.Contains(v.ProcedureId) && v.Status != Domain.Procedures.ProcedureVersionStatus.Draft)
            .Select(v => new { v.ProcedureId, v.Number, v.Content }).ToListAsync(cancellationToken);
        var procedures = versions.GroupBy(v => v.ProcedureId)
            .ToDictionary(g => g.Key, g => NameOf(g.MaxBy(v => v.Number)!.Content));
        var agencies = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new Name(a.Name, a.NameEn), cancellationToken);
        return new Names(procedures, agencies);
    }

    private static Name NameOf(Domain.Procedures.ProcedureContent content) => new(content.Name, content.NameEn);

    private sealed record Name(string Vi, string En);

    private sealed record Names(IReadOnlyDictionary<Guid, Name> Procedures, IReadOnlyDictionary<Guid, Name> Agencies)
    {
        public (Name? Procedure, Name? Agency) Of(Complaint c) => (Procedures.GetValueOrDefault(c.ProcedureId), Agencies.GetValueOrDefault(c.AgencyId));
    }
}
