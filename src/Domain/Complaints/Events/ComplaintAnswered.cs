namespace HanoiDvc.Domain.Complaints.Events;

/// <summary>The responsible agency answered a complaint, or closed it as outside its scope; the complainant is told.</summary>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="TrackingCode">Its public code.</param>
/// <param name="Status">Answered or closed out of scope.</param>
/// <param name="OccurredAt">When (UTC).</param>
public sealed record ComplaintAnswered(Guid ComplaintId, string TrackingCode, ComplaintStatus Status, DateTimeOffset OccurredAt) : IDomainEvent;
