using AutoMapper;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>A dossier with its legal clock and its timeline (the processing control sheet).</summary>
public sealed partial record DossierDto
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

    /// <summary>The appointment promised to the applicant now (moved by an apology; the original stays in <see cref="Apology"/>).</summary>
    public DateTimeOffset? AppointmentAt { get; init; }

    /// <summary>
    /// The "Phiếu xin lỗi và hẹn lại ngày trả kết quả" (form 04) issued, with its signer, who prepared it, and the original
    /// (<c>previousAppointmentAt</c>) and the new appointment; null when none was issued.
    /// </summary>
    public DossierApology? Apology { get; init; }

    /// <summary>
    /// Until when an apology may still be issued (one working day before the due date, Nghị định 61/2018/NĐ-CP, Điều 19);
    /// null when it may not any more (or the dossier is not open and received, or one was issued).
    /// </summary>
    public DateTimeOffset? ApologyDueBy { get; init; }

    /// <summary>The extension of the time limit applied at reception (working days and reason); null when none.</summary>
    public TimeLimitExtension? Extension { get; init; }

    /// <summary>The most working days the desk may add to the time limit at reception (the procedure's extension; 0 for none).</summary>
    public decimal TimeLimitExtraDays { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    public DossierOutcome? Outcome { get; init; }

    public DateTimeOffset? ReturnedAt { get; init; }

    /// <summary>How the result was returned, once it is.</summary>
    public Channel? ReturnChannel { get; init; }

    /// <summary>Since when the result (or the written refusal) waits to be returned: its resolution, while resolved or refused; null otherwise.</summary>
    public DateTimeOffset? AwaitingCollectionSince { get; init; }

    /// <summary>From when the applicant is expected at the receiving agency's desk (the appointment, or the resolution if later); null unless the result waits.</summary>
    public DateTimeOffset? CollectableFrom { get; init; }

    /// <summary>Whether the result is collected at the desk (everything but a level-4 dossier submitted online); null unless the result waits. Officials' and applicant's reads only.</summary>
    public bool? CollectedAtDesk { get; init; }

    /// <summary>When the desk recorded that the applicant had not collected the result; the result stays at the desk and can still be collected.</summary>
    public DateTimeOffset? UncollectedRecordedAt { get; init; }

    /// <summary>From when the desk may record the result as not collected (the appointment plus the configured waiting period); null unless it waits at the desk and is not recorded yet.</summary>
    public DateTimeOffset? UncollectedRecordableFrom { get; init; }

    /// <summary>When the electronic result was released to the applicant (who may then download it); null before or when there is none.</summary>
    public DateTimeOffset? ResultReleasedAt { get; init; }

    /// <summary>The fees' total, fixed at submission (đồng).</summary>
    public long AmountDueVnd { get; init; }

    /// <summary>Not due, due (to pay online), paid or refunded.</summary>
    public DossierPaymentStatus PaymentStatus { get; init; }

    /// <summary>The fees the dossier charges (đồng): fixed at submission; for a draft, what its form values would charge.</summary>
    public long FeesVnd { get; init; }

    /// <summary>When the fees are due (before reception or before the result); null when the dossier charges none.</summary>
    public PaymentDue? FeesDue { get; init; }

    /// <summary>Whether the fees are paid online (the procedure version's setting); false when the dossier charges none.</summary>
    public bool FeesPayableOnline { get; init; }

    /// <summary>The receiving agency's name (Vietnamese and English); filled when one dossier is read.</summary>
    public string? ReceivingAgencyName { get; init; }

    public string? ReceivingAgencyNameEn { get; init; }

    /// <summary>The deciding agency's name (Vietnamese and English); filled when one dossier is read.</summary>
    public string? DecidingAgencyName { get; init; }

    public string? DecidingAgencyNameEn { get; init; }

    /// <summary>The applicant's rating once the agency is done with the dossier; null before.</summary>
    public Satisfaction? Satisfaction { get; init; }

    public string? SatisfactionComment { get; init; }

    public DateTimeOffset? RatedAt { get; init; }

    public IReadOnlyList<ProcessingStepDto> Steps { get; init; } = [];

    /// <summary>The attached files, in the order they were attached.</summary>
    public IReadOnlyList<DossierAttachmentDto> Attachments { get; init; } = [];

    /// <summary>What the desk recorded as handed in at reception (originals or copies, with counts).</summary>
    public IReadOnlyList<ReceivedPaper> ReceivedPapers { get; init; } = [];

    /// <summary>The items of the supplement requests, each with its reason and the sequence of its request's step.</summary>
    public IReadOnlyList<SupplementItem> SupplementItems { get; init; } = [];

    /// <summary>The procedure's name (of the version the dossier follows).</summary>
    public string? ProcedureName { get; init; }

    /// <summary>The procedure's English name as the catalogue gives it.</summary>
    public string? ProcedureNameEn { get; init; }

    /// <summary>
    /// What the current user may do with the dossier now, decided by the same guards the commands run (state, role, agency,
    /// assignment, fees, the procedure's settings); the page offers exactly these.
    /// </summary>
    public IReadOnlyList<DossierOperation> AllowedActions { get; init; } = [];

    /// <summary>The electronic result issued (what, its code, when, by whom); null before. The applicant sees it once released.</summary>
    public IssuedResultDto? IssuedResult { get; init; }

    /// <summary>The official papers that exist for the dossier (receipt, supplement request, control sheet…), each with its download address.</summary>
    public IReadOnlyList<DossierPaperDto> Papers { get; init; } = [];

    /// <summary>What withdrawing involves now (reason required, fees recorded as refunded); null when the status allows no withdrawal.</summary>
    public DossierWithdrawalDto? Withdrawal { get; init; }

    internal sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<ProcessingStep, ProcessingStepDto>();
            CreateMap<DossierAttachment, DossierAttachmentDto>().ForCtorParam(nameof(DossierAttachmentDto.Source), o => o.MapFrom(_ => (AttachmentSourceDto?)null));
            CreateMap<DigitisedCopy, DigitisedCopyDto>();
            CreateMap<Dossier, DossierDto>()
                .ForMember(d => d.Code, o => o.MapFrom(s => s.Code == null ? null : s.Code.Value))
                .ForMember(d => d.NationalStatus, o => o.MapFrom(s => NationalPortalStatus.Of(s)))
                .ForMember(d => d.Steps, o => o.MapFrom(s => s.Steps.OrderBy(step => step.Sequence)))
                .ForMember(d => d.Attachments, o => o.MapFrom(s => s.Attachments.OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)))
                .ForMember(d => d.DigitisedCopies, o => o.MapFrom(s => s.DigitisedCopies.OrderBy(c => c.DigitisedAt).ThenBy(c => c.Id)))
                .ForMember(d => d.ResultReleasedAt, o => o.MapFrom(s => s.Result == null ? null : s.Result.ReleasedAt))
                .ForMember(d => d.CollectedAtDesk, o => o.Ignore())
                .ForMember(d => d.UncollectedRecordableFrom, o => o.Ignore())
                .ForMember(d => d.TimeLimitExtraDays, o => o.MapFrom(s => s.TimeLimit.ExtraDays))
                .ForMember(d => d.Papers, o => o.MapFrom(s => DossierPapers.Of(s)))
                .ForMember(d => d.Withdrawal, o => o.MapFrom(s => DossierWithdrawalDto.Of(s)))
                .ForMember(d => d.ProcedureName, o => o.Ignore())
                .ForMember(d => d.ProcedureNameEn, o => o.Ignore())
                .ForMember(d => d.AllowedActions, o => o.Ignore())
                .ForMember(d => d.IssuedResult, o => o.MapFrom(s => IssuedResultDto.From(s.Result)))
                .ForMember(d => d.FeesDue, o => o.MapFrom(s => s.PaymentTerms.Fees.Count == 0 ? (PaymentDue?)null : s.PaymentTerms.Due))
                .ForMember(d => d.FeesPayableOnline, o => o.MapFrom(s => s.PaymentTerms.Fees.Count > 0 && s.PaymentTerms.Online))
                .ForMember(d => d.ReceivingAgencyName, o => o.Ignore())
                .ForMember(d => d.ReceivingAgencyNameEn, o => o.Ignore())
                .ForMember(d => d.DecidingAgencyName, o => o.Ignore())
                .ForMember(d => d.DecidingAgencyNameEn, o => o.Ignore());
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
    DateTimeOffset? Deadline,
    CommentAudience? CommentAudience = null);

/// <summary>The electronic result as the dossier page shows it.</summary>
/// <param name="DocumentType">What the document is (e.g. "Bản sao văn bằng").</param>
/// <param name="FileName">The downloaded file's name.</param>
/// <param name="Origin">Uploaded or generated.</param>
/// <param name="VerificationCode">The code as printed (<c>ABCD-EFGH-JKMN</c>).</param>
/// <param name="IssuerName">The issuing agency.</param>
/// <param name="SignerName">The leader who issued it.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="ReleasedAt">When it was released to the applicant.</param>
public sealed record IssuedResultDto(
    string DocumentType, string FileName, ResultOrigin Origin, string VerificationCode, string IssuerName, string SignerName, DateTimeOffset IssuedAt, DateTimeOffset? ReleasedAt)
{
    internal static IssuedResultDto? From(ResultDocument? result) => result is null ? null : new(
        result.DocumentType, result.FileName, result.Origin, ResultVerificationCode.Format(result.VerificationCode), result.IssuerName, result.SignerName,
        result.IssuedAt, result.ReleasedAt);
}
