using AutoMapper;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>A dossier with its legal clock and its timeline (the processing control sheet).</summary>
public sealed record DossierDto
{
    public Guid Id { get; init; }

    /// <summary>Dossier code given at reception (<c>agency-YYMMDD-XXXX</c>); null before.</summary>
    public string? Code { get; init; }

    /// <summary>Tracking number given at online submission.</summary>
    public string? TrackingNumber { get; init; }

    public Guid ProcedureId { get; init; }

    public Guid ProcedureVersionId { get; init; }

    public DossierStatus Status { get; init; }

    /// <summary>The status in the national portal's vocabulary.</summary>
    public string? NationalStatus { get; init; }

    public string ApplicantName { get; init; } = string.Empty;

    public Guid ReceivingAgencyId { get; init; }

    public Guid DecidingAgencyId { get; init; }

    public Guid CurrentAgencyId { get; init; }

    public Guid? AssigneeId { get; init; }

    public Channel SubmissionChannel { get; init; }

    /// <summary>The external system the dossier came through (<c>Integration:&lt;client name&gt;</c>); null for the portal and the desk.</summary>
    public string? Source { get; init; }

    public IReadOnlyDictionary<string, string?> FormData { get; init; } = new Dictionary<string, string?>();

    /// <summary>The form's fields as copied from the procedure version when the draft was started (what the form data is checked against).</summary>
    public IReadOnlyList<FormField> FormFields { get; init; } = [];

    /// <summary>The documents the procedure asks for; attach a file for each mandatory one (with its name as <c>documentName</c>) before submitting online.</summary>
    public IReadOnlyList<RequiredDocument> RequiredDocuments { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SubmittedAt { get; init; }

    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>Legal due instant (pauses excluded).</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>The appointment promised to the applicant (moved by an apology).</summary>
    public DateTimeOffset? AppointmentAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    public DossierOutcome? Outcome { get; init; }

    public DateTimeOffset? ReturnedAt { get; init; }

    /// <summary>How the result was returned, once it is.</summary>
    public Channel? ReturnChannel { get; init; }

    /// <summary>When the electronic result was released to the applicant (who may then download it); null before or when there is none.</summary>
    public DateTimeOffset? ResultReleasedAt { get; init; }

    /// <summary>The fees' total, fixed at submission (đồng).</summary>
    public long AmountDueVnd { get; init; }

    /// <summary>Not due, due (to pay online), paid or refunded.</summary>
    public DossierPaymentStatus PaymentStatus { get; init; }

    /// <summary>The applicant's rating once the agency is done with the dossier; null before.</summary>
    public Satisfaction? Satisfaction { get; init; }

    public string? SatisfactionComment { get; init; }

    public DateTimeOffset? RatedAt { get; init; }

    public IReadOnlyList<ProcessingStepDto> Steps { get; init; } = [];

    /// <summary>The attached files, in the order they were attached.</summary>
    public IReadOnlyList<DossierAttachmentDto> Attachments { get; init; } = [];

    internal sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<ProcessingStep, ProcessingStepDto>();
            CreateMap<DossierAttachment, DossierAttachmentDto>();
            CreateMap<Dossier, DossierDto>()
                .ForMember(d => d.Code, o => o.MapFrom(s => s.Code == null ? null : s.Code.Value))
                .ForMember(d => d.NationalStatus, o => o.MapFrom(s => NationalPortalStatus.Of(s)))
                .ForMember(d => d.Steps, o => o.MapFrom(s => s.Steps.OrderBy(step => step.Sequence)))
                .ForMember(d => d.Attachments, o => o.MapFrom(s => s.Attachments.OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)))
                .ForMember(d => d.ResultReleasedAt, o => o.MapFrom(s => s.Result == null ? null : s.Result.ReleasedAt));
        }
    }
}

/// <summary>One hand-over of the dossier.</summary>
public sealed record ProcessingStepDto(
    int Sequence,
    DossierAction Action,
    string ActorName,
    DossierStatus FromStatus,
    DossierStatus ToStatus,
    Guid FromAgencyId,
    Guid ToAgencyId,
    Guid? AssigneeId,
    DateTimeOffset At,
    string? Comment,
    DateTimeOffset? Deadline);
