using System.Text.RegularExpressions;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Domain.Dossiers;

public sealed partial class Dossier
{
    /// <summary>Replaces the draft's form values; a draft may be incomplete, but keys outside the form are refused. Records no step.</summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.invalid_form</c> (unknown keys).</exception>
    public void SaveDraft(Actor actor, DateTimeOffset now, IReadOnlyDictionary<string, string?> formData)
    {
        EnsureState(DossierAction.SaveDraft);
        EnsureApplicant(actor, DossierAction.SaveDraft);
        ArgumentNullException.ThrowIfNull(formData);
        var known = _formFields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        FormDataValidator.ThrowIfAny([.. formData.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal).Select(FormDataValidator.Unknown)]);
        _formData = new Dictionary<string, string?>(formData, StringComparer.Ordinal);
        DraftSavedAt = now.ToUniversalTime();
    }

    /// <summary>
    /// Submits the draft (Draft → Submitted) with <paramref name="trackingNumber"/>; the form must be valid
    /// (<paramref name="formData"/>, when given, replaces the saved values first) and, online, every mandatory required
    /// document must have a file attached for it. Form errors and missing documents are reported together.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.invalid_tracking_number</c>, <c>dossier.invalid_form</c> (errors in <see cref="FormDataValidator.ErrorsOf"/>; a missing document has the key <c>documents[i]</c> and the code <c>missing_document</c>).</exception>
    public void Submit(Actor actor, DateTimeOffset now, string trackingNumber, IReadOnlyDictionary<string, string?>? formData = null)
    {
        EnsureState(DossierAction.Submit);
        EnsureApplicant(actor, DossierAction.Submit);
        if (trackingNumber is null || !TrackingNumberShape().IsMatch(trackingNumber))
        {
            throw new DomainException("dossier.invalid_tracking_number", $"'{trackingNumber}' is not a tracking number of 10 digits or capital letters.");
        }

        var values = formData ?? _formData;
        FormDataValidator.ThrowIfAny([.. FormDataValidator.Validate(_formFields, values, FileReferences()), .. MissingDocuments()]);
        var at = now.ToUniversalTime();
        _formData = new Dictionary<string, string?>(values, StringComparer.Ordinal);
        TrackingNumber = trackingNumber;
        SubmittedAt = at;
        CountOnlineDocumentsDigitised(at);
        FixAmountDue(_formData);
        Move(DossierAction.Submit, actor, at, DossierStatus.Submitted);
        Raise(new DossierSubmitted(Id, trackingNumber, ApplicantId, ReceivingAgencyId, SubmissionChannel, at));
    }

    /// <summary>Whether the dossier's status allows withdrawal at all (DossierLifecycle: before a result, while open).</summary>
    public bool MayBeWithdrawn => DossierLifecycle.Allows(Status, DossierAction.Withdraw);

    /// <summary>
    /// Whether a withdrawal must state its reason: once received, the request to withdraw is the applicant's written request
    /// with its reason (Nghị định 61/2018/NĐ-CP, Điều 18, as amended by Nghị định 107/2021/NĐ-CP); before reception none is asked.
    /// </summary>
    public bool WithdrawalNeedsReason => ReceivedAt is not null;

    /// <summary>The fees paid online that a withdrawal now records as refunded (see <see cref="SettlePaymentOnClose"/>); 0 when none were paid.</summary>
    public long WithdrawalRefundVnd => PaymentStatus == DossierPaymentStatus.Paid ? AmountDueVnd : 0;

    /// <summary>Withdraws the dossier at the applicant's request; a reason is required once it has been received.</summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.reason_required</c>.</exception>
    public void Withdraw(Actor actor, DateTimeOffset now, string? reason = null)
    {
        EnsureMayWithdraw(actor);
        var why = WithdrawalNeedsReason ? RequireReason(reason, DossierAction.Withdraw) : reason;
        var at = now.ToUniversalTime();
        EndOpenPause(at);
        ClosedAt = at;
        SettlePaymentOnClose(DossierAction.Withdraw, at, why);
        // The withdrawal reason is the applicant's own request (Nghị định 61/2018/NĐ-CP, Điều 18, as amended by Nghị định 107/2021/NĐ-CP): never internal.
        Move(DossierAction.Withdraw, actor, at, DossierStatus.Withdrawn, why, audience: CommentAudience.Applicant);
        Raise(new DossierWithdrawn(Id, TrackingNumber, Code?.Value, ApplicantId, LastComment, at));
    }

    /// <summary>
    /// The applicant supplied what was missing: the pause ends, the dossier returns to the status it paused from, and the
    /// due instant (and the appointment) move by exactly the paused working time. <paramref name="formData"/>, when given,
    /// replaces the form values and must be valid.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.invalid_form</c>.</exception>
    public void ProvideSupplement(Actor actor, DateTimeOffset now, WorkingCalendar calendar, IReadOnlyDictionary<string, string?>? formData = null, string? comment = null)
    {
        EnsureMayProvideSupplement(actor);
        ArgumentNullException.ThrowIfNull(calendar);
        if (formData is not null)
        {
            FormDataValidator.EnsureValid(_formFields, formData, FileReferences());
            _formData = new Dictionary<string, string?>(formData, StringComparer.Ordinal);
        }

        var at = now.ToUniversalTime();
        var resumed = StatusBeforeSupplement ?? DossierStatus.Submitted;
        ResumeClock(at, calendar);
        // The applicant's own note on what they supplied: theirs to read.
        Move(DossierAction.ProvideSupplement, actor, at, resumed, comment, audience: CommentAudience.Applicant);
        Raise(new SupplementProvided(Id, TrackingNumber!, Code?.Value, ApplicantId, DueAt, AppointmentAt, at));
    }


    /// <summary>
    /// The files a file field may name: the dossier's attachments when it is submitted online; null at the desk, where the
    /// paper is checked by hand (as for <see cref="MissingDocuments"/>).
    /// </summary>
    private IReadOnlySet<string>? FileReferences() =>
        SubmissionChannel == Channel.Online ? FormDataValidator.FileReferencesOf(_attachments) : null;

    [GeneratedRegex("^[0-9A-Z]{10}$")]
    private static partial Regex TrackingNumberShape();
}
