using System.Text.RegularExpressions;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// One application for one procedure by one applicant (hồ sơ), from draft to returned result. It owns its lifecycle
/// (<see cref="DossierLifecycle"/>), its processing control sheet (<see cref="Steps"/>) and its legal clock: received
/// instant, time limit, pauses and the due instant computed from them by a <see cref="WorkingCalendar"/>.
/// Each action checks the state (<c>dossier.invalid_transition</c>), then the actor (<c>dossier.not_allowed</c>), then its arguments.
/// </summary>
public sealed partial class Dossier : AggregateRoot
{
    private readonly List<ProcessingStep> _steps = [];
    private readonly List<ClockPause> _pauses = [];
    private readonly List<FormField> _formFields = [];
    private readonly List<RequiredDocument> _requiredDocuments = [];
    private List<ReceivedPaper> _receivedPapers = [];
    private List<SupplementItem> _supplementItems = [];
    private Dictionary<string, string?> _formData = new(StringComparer.Ordinal);

    private Dossier() { }

    /// <summary>The procedure applied for.</summary>
    public Guid ProcedureId { get; private set; }

    /// <summary>The procedure version whose form, time limit and workflow this dossier follows, whatever the catalogue does later.</summary>
    public Guid ProcedureVersionId { get; private set; }

    /// <summary>Given at submission (10 digits or capital letters); the applicant's reference before the code exists.</summary>
    public string? TrackingNumber { get; private set; }

    /// <summary>The dossier code (Thông tư 01/2018, Điều 19), given at reception; null before.</summary>
    public DossierCode? Code { get; private set; }

    /// <summary>The user applying.</summary>
    public Guid ApplicantId { get; private set; }

    /// <summary>The applicant's name as written on the receipt.</summary>
    public string ApplicantName { get; private set; } = null!;

    /// <summary>The applicant's 12-digit citizen ID; with the code, it opens the public lookup.</summary>
    public string ApplicantCitizenId { get; private set; } = null!;

    /// <summary>The agency whose desk receives the dossier (since 2025 any service centre of the province).</summary>
    public Guid ReceivingAgencyId { get; private set; }

    /// <summary>The agency that decides.</summary>
    public Guid DecidingAgencyId { get; private set; }

    /// <summary>The agency holding the dossier now: the receiving one until reception, then the deciding one, then wherever it is forwarded.</summary>
    public Guid CurrentAgencyId { get; private set; }

    /// <summary>The specialist the dossier is assigned to, if any.</summary>
    public Guid? AssigneeId { get; private set; }

    /// <summary>How the dossier was submitted.</summary>
    public Channel SubmissionChannel { get; private set; }

    /// <summary>How the result was returned, once it is.</summary>
    public Channel? ReturnChannel { get; private set; }

    /// <summary>Where the dossier stands.</summary>
    public DossierStatus Status { get; private set; }

    /// <summary>The status a pending supplement request paused; null when none is pending.</summary>
    public DossierStatus? StatusBeforeSupplement { get; private set; }

    /// <summary>The form's fields, copied from the procedure version.</summary>
    public IReadOnlyList<FormField> FormFields => _formFields.AsReadOnly();

    /// <summary>The documents the procedure version asks for (thành phần hồ sơ), copied from it; the mandatory ones must be attached to submit online.</summary>
    public IReadOnlyList<RequiredDocument> RequiredDocuments => _requiredDocuments.AsReadOnly();

    /// <summary>What the desk recorded as handed in at reception (originals or copies, with counts); empty when it recorded nothing.</summary>
    public IReadOnlyList<ReceivedPaper> ReceivedPapers => _receivedPapers.AsReadOnly();

    /// <summary>The items of every supplement request, each with its reason, tagged with the request's step.</summary>
    public IReadOnlyList<SupplementItem> SupplementItems => _supplementItems.AsReadOnly();

    /// <summary>The form's values by field key.</summary>
    public IReadOnlyDictionary<string, string?> FormData => _formData.AsReadOnly();

    /// <summary>The legal time limit, copied from the procedure version.</summary>
    public TimeLimit TimeLimit { get; private set; } = null!;

    /// <summary>The share of the time limit the workflow gives the Specialist steps (0–1]; sets the assignment deadline.</summary>
    public decimal SpecialistShare { get; private set; }

    /// <summary>Pauses of the legal clock (supplement requests); the last may be open.</summary>
    public IReadOnlyList<ClockPause> Pauses => _pauses.AsReadOnly();

    /// <summary>
    /// How many supplement requests were made (at most one per phase). It does not decide lateness: Nghị định 61/2018/NĐ-CP and
    /// Thông tư 01/2018/TT-VPCP require one request listing everything but attach no lateness to a second one.
    /// </summary>
    public int SupplementRequests { get; private set; }

    /// <summary>When the draft was started.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the draft's form data last changed.</summary>
    public DateTimeOffset DraftSavedAt { get; private set; }

    /// <summary>When it was submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>When the legal clock started: the reception instant, or the next working period when received outside it.</summary>
    public DateTimeOffset? ReceivedAt { get; private set; }

    /// <summary>The legal due instant: received + limit + paused working time. Recomputed whenever the clock changes.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>The appointment promised to the applicant now: the due instant, or the new date an apology set (the original stays in <see cref="Apology"/>).</summary>
    public DateTimeOffset? AppointmentAt { get; private set; }

    /// <summary>
    /// Whether an apology with a new appointment was issued (read by the morning overdue check). It does not make the dossier
    /// late: lateness is the result against the original due instant (see <see cref="OutcomeAt"/>).
    /// </summary>
    public bool ApologyIssued { get; private set; }

    /// <summary>The apology (form 04) with its signer and both appointments; null when none was issued.</summary>
    public DossierApology? Apology { get; private set; }

    /// <summary>The extension of the time limit the desk applied at reception; null when none.</summary>
    public TimeLimitExtension? Extension { get; private set; }

    /// <summary>
    /// When the morning overdue check first found the dossier open past its due instant; null otherwise. Set by that check
    /// (in bulk, not through the aggregate), read by the inbox and the statistics.
    /// </summary>
    public DateTimeOffset? OverdueAt { get; private set; }

    /// <summary>When it was approved or refused.</summary>
    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>Early, on time or late; fixed when it is approved or refused.</summary>
    public DossierOutcome? Outcome { get; private set; }

    /// <summary>When the result was returned.</summary>
    public DateTimeOffset? ReturnedAt { get; private set; }

    /// <summary>When it ended without a result (not received, stopped, withdrawn).</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The processing control sheet, in order.</summary>
    public IReadOnlyList<ProcessingStep> Steps => _steps.AsReadOnly();

    /// <summary>
    /// Whether the dossier can have steps: each is written by a transition, and the first one moves it out of
    /// <see cref="DossierStatus.Draft"/>, to which none leads back. A draft's steps need not be read.
    /// </summary>
    public bool MayHaveSteps => Status != DossierStatus.Draft;

    /// <summary>
    /// Whether the dossier can have digitised copies: of the papers received and of a paper result, both only once it is
    /// received. Those of a dossier not yet received need not be read.
    /// </summary>
    public bool MayHaveDigitisedCopies => ReceivedAt is not null;

    /// <summary>The code, else the tracking number, else the id: how messages name the dossier.</summary>
    public string Reference => Code?.Value ?? TrackingNumber ?? Id.ToString();

    /// <summary>
    /// Starts a draft for a procedure version, copying what the dossier needs from it (time limit, form, required documents, Specialist share, fees),
    /// so later catalogue changes never touch it. The applicant starts it online; the desk of
    /// <paramref name="receivingAgencyId"/> may start an in-person or postal one for them (<paramref name="enteredBy"/>).
    /// </summary>
    /// <remarks>
    /// With the version's <c>serviceLevel</c>, an online draft of a procedure offered only as information is refused
    /// (null: not checked).
    /// </remarks>
    /// <exception cref="DomainException"><c>dossier.invalid_draft</c>, <c>dossier.not_allowed</c>, <c>dossier.not_offered_online</c>.</exception>
    public static Dossier StartDraft(
        Guid procedureId,
        Guid procedureVersionId,
        TimeLimit timeLimit,
        IReadOnlyList<FormField> formFields,
        IReadOnlyList<RequiredDocument> requiredDocuments,
        decimal specialistShare,
        Guid decidingAgencyId,
        Guid receivingAgencyId,
        Actor applicant,
        string applicantCitizenId,
        Channel channel,
        DateTimeOffset now,
        Actor? enteredBy = null,
        PaymentTerms? paymentTerms = null,
        ServiceLevel? serviceLevel = null)
    {
        ArgumentNullException.ThrowIfNull(timeLimit);
        EnsureOfferedOnline(serviceLevel, channel);
        ArgumentNullException.ThrowIfNull(formFields);
        ArgumentNullException.ThrowIfNull(requiredDocuments);
        CheckDraft(specialistShare, decidingAgencyId, receivingAgencyId, applicant, applicantCitizenId, channel);
        CheckEnteredBy(enteredBy, applicant, receivingAgencyId, channel);
        var at = now.ToUniversalTime();
        var dossier = new Dossier
        {
            Id = Guid.CreateVersion7(),
            ProcedureId = procedureId,
            ProcedureVersionId = procedureVersionId,
            TimeLimit = timeLimit,
            SpecialistShare = specialistShare,
            DecidingAgencyId = decidingAgencyId,
            ReceivingAgencyId = receivingAgencyId,
            CurrentAgencyId = receivingAgencyId,
            ApplicantId = applicant.UserId,
            ApplicantName = applicant.Name.Trim(),
            ApplicantCitizenId = applicantCitizenId.Trim(),
            SubmissionChannel = channel,
            Status = DossierStatus.Draft,
            CreatedAt = at,
            DraftSavedAt = at,
            PaymentTerms = paymentTerms ?? PaymentTerms.None,
        };
        dossier._formFields.AddRange(formFields);
        dossier._requiredDocuments.AddRange(requiredDocuments);
        return dossier;
    }

    private static void EnsureOfferedOnline(ServiceLevel? serviceLevel, Channel channel)
    {
        // Nghị định 42/2022/NĐ-CP, Điều 11: a procedure published only as information is not an online public service.
        if (channel == Channel.Online && serviceLevel is { } level && !level.OffersOnlineApplication())
        {
            throw new DomainException("dossier.not_offered_online", "This procedure is not offered as an online public service (information only): apply at the receiving agency, in person or by post.");
        }
    }

    private static void CheckDraft(decimal specialistShare, Guid decidingAgencyId, Guid receivingAgencyId, Actor applicant, string applicantCitizenId, Channel channel)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        var problem =
            specialistShare is <= 0 or > 1 ? "The Specialist share of the time limit is more than 0 and at most 1."
            : decidingAgencyId == Guid.Empty || receivingAgencyId == Guid.Empty ? "A dossier needs a receiving and a deciding agency."
            : string.IsNullOrWhiteSpace(applicant.Name) ? "The applicant needs a name."
            : !CitizenIdShape().IsMatch(applicantCitizenId?.Trim() ?? string.Empty) ? "The applicant's citizen ID has 12 digits."
            : !Enum.IsDefined(channel) ? $"Unknown channel {channel}."
            : null;
        if (problem is not null)
        {
            throw new DomainException("dossier.invalid_draft", problem);
        }
    }

    private static void CheckEnteredBy(Actor? enteredBy, Actor applicant, Guid receivingAgencyId, Channel channel)
    {
        if (enteredBy is null || enteredBy.UserId == applicant.UserId)
        {
            return;
        }

        if (channel == Channel.Online || !enteredBy.Has(DossierRoles.Receptionist, receivingAgencyId))
        {
            throw new DomainException("dossier.not_allowed", $"{enteredBy.Name} may not start a dossier for {applicant.Name}: only the receiving desk may, for an in-person or postal dossier.", ErrorKind.Forbidden);
        }
    }

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex CitizenIdShape();
}
