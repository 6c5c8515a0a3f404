using AutoMapper;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>A dossier in a list (inbox, my dossiers).</summary>
public sealed record DossierSummaryDto
{
    public Guid Id { get; init; }

    public string? Code { get; init; }

    public string? TrackingNumber { get; init; }

    public Guid ProcedureId { get; init; }

    /// <summary>The procedure version the dossier follows.</summary>
    public Guid ProcedureVersionId { get; init; }

    /// <summary>The procedure's name (filled for the applicant's list).</summary>
    public string? ProcedureName { get; init; }

    /// <summary>The procedure's name in English (filled for the applicant's list).</summary>
    public string? ProcedureNameEn { get; init; }

    public DossierStatus Status { get; init; }

    public string ApplicantName { get; init; } = string.Empty;

    public Guid CurrentAgencyId { get; init; }

    public Guid? AssigneeId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public DateTimeOffset? DueAt { get; init; }

    public DateTimeOffset? AppointmentAt { get; init; }

    public DossierOutcome? Outcome { get; init; }

    /// <summary>Working days left until the due instant (negative once overdue), in the inbox; null without a due date.</summary>
    public decimal? WorkingDaysLeft { get; init; }

    /// <summary>The group of <see cref="Status"/> (<see cref="DossierStatusSets.GroupOf"/>): what the client shows and offers.</summary>
    public StatusGroup StatusGroup => DossierStatusSets.GroupOf(Status);

    /// <summary>In the inbox: whether it is overdue now (<see cref="DossierStatusSets.IsOverdue"/>); null elsewhere.</summary>
    public bool? IsOverdue { get; init; }

    /// <summary>How the dossier came in (the inbox counts online and direct dossiers apart).</summary>
    public Channel SubmissionChannel { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Dossier, DossierSummaryDto>()
            .ForMember(d => d.Code, o => o.MapFrom(s => s.Code == null ? null : s.Code.Value))
            .ForMember(d => d.WorkingDaysLeft, o => o.Ignore())
            .ForMember(d => d.IsOverdue, o => o.Ignore());
    }
}
