using HanoiDvc.Domain.Accounts;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Domain.Complaints;

/// <summary>
/// A complaint or petition (phản ánh, kiến nghị) about the handling of one dossier (by its applicant) or about an
/// administrative procedure (by anyone): filed with the responsible agency, answered by it within
/// <see cref="ComplaintTimeLimit.WorkingDays"/> working days, or closed as outside its scope with reasons. A complaint
/// is not a khiếu nại or tố cáo, which follow their own laws (Nghị định 20/2008/NĐ-CP, Điều 1).
/// </summary>
public sealed partial class Complaint : AggregateRoot
{
    /// <summary>Fewest characters of content.</summary>
    public const int ContentMinLength = 20;

    /// <summary>Most characters of content.</summary>
    public const int ContentMaxLength = 4000;

    /// <summary>Most characters of a complainant's name.</summary>
    public const int NameMaxLength = 150;

    /// <summary>Most characters of an e-mail address.</summary>
    public const int EmailMaxLength = 256;

    private Complaint() { }

    /// <summary>Its public tracking code (<see cref="ComplaintTrackingCode"/>).</summary>
    public string TrackingCode { get; private set; } = null!;

    /// <summary>What it is about.</summary>
    public ComplaintSubject Subject { get; private set; }

    /// <summary>The dossier, for a complaint about one.</summary>
    public Guid? DossierId { get; private set; }

    /// <summary>The procedure (of the dossier, for a complaint about one).</summary>
    public Guid ProcedureId { get; private set; }

    /// <summary>The agency responsible for answering: the one handling the dossier, or the one chosen for the procedure.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>The signed-in complainant's account, if any.</summary>
    public Guid? ComplainantId { get; private set; }

    /// <summary>The complainant's name.</summary>
    public string ComplainantName { get; private set; } = null!;

    /// <summary>An e-mail address to send the answer to, if given.</summary>
    public string? ContactEmail { get; private set; }

    /// <summary>A phone number (national form), if given.</summary>
    public string? ContactPhone { get; private set; }

    /// <summary>The complaint's words.</summary>
    public string Content { get; private set; } = null!;

    /// <summary>Where it stands.</summary>
    public ComplaintStatus Status { get; private set; }

    /// <summary>When it was filed (UTC).</summary>
    public DateTimeOffset FiledAt { get; private set; }

    /// <summary>When it must be answered (UTC), from <see cref="ComplaintTimeLimit"/>.</summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>When the agency answered it or closed it (UTC); null while open.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>The answer, or the reasons it is outside the agency's scope.</summary>
    public string? Answer { get; private set; }

    /// <summary>The official who answered.</summary>
    public Guid? AnsweredById { get; private set; }

    /// <summary>That official's name, as signed on the answer.</summary>
    public string? AnsweredByName { get; private set; }

    /// <summary>Whether it was answered (or closed) by its due instant; null while open.</summary>
    public bool? AnsweredOnTime => AnsweredAt is { } at ? at <= DueAt : null;

    /// <summary>Whether it is still open after its due instant.</summary>
    public bool IsOverdue(DateTimeOffset now) => Status == ComplaintStatus.Received && now > DueAt;

    /// <summary>
    /// The applicant of a dossier complains about its handling; the agency now holding the dossier answers.
    /// </summary>
    /// <exception cref="DomainException"><c>complaint.not_allowed</c> (not the applicant), <c>complaint.invalid</c>.</exception>
    public static Complaint AboutDossier(Actor complainant, ComplainedDossier dossier, string? email, string? phone, string content, DateTimeOffset now, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(complainant);
        ArgumentNullException.ThrowIfNull(dossier);
        if (complainant.UserId != dossier.ApplicantId)
        {
            throw new DomainException("complaint.not_allowed", "Only the applicant of a dossier may complain about its handling.", ErrorKind.Forbidden);
        }

        var complaint = New(ComplaintSubject.Dossier, dossier.ProcedureId, dossier.HandlingAgencyId, complainant.UserId, complainant.Name, email, phone, content, now, calendar);
        complaint.DossierId = dossier.DossierId;
        return complaint;
    }

    /// <summary>Anyone, signed in or not, complains about a procedure to an agency carrying it out; a name and a contact are required.</summary>
    /// <exception cref="DomainException"><c>complaint.invalid</c>.</exception>
    public static Complaint AboutProcedure(Guid? complainantId, string name, string? email, string? phone, Guid procedureId, Guid agencyId, string content, DateTimeOffset now, WorkingCalendar calendar)
    {
        if (string.IsNullOrWhiteSpace(email) && string.IsNullOrWhiteSpace(phone))
        {
            throw Invalid("A complaint about a procedure gives an e-mail address or a phone number to answer to.");
        }

        return New(ComplaintSubject.Procedure, procedureId, agencyId, complainantId, name, email, phone, content, now, calendar);
    }

    private static Complaint New(
        ComplaintSubject subject, Guid procedureId, Guid agencyId, Guid? complainantId, string name, string? email, string? phone, string content, DateTimeOffset now, WorkingCalendar calendar)
    {
        var filedAt = now.ToUniversalTime();
        return new Complaint
        {
            Id = Guid.CreateVersion7(),
            TrackingCode = ComplaintTrackingCode.New(),
            Subject = subject,
            ProcedureId = procedureId,
            AgencyId = agencyId,
            ComplainantId = complainantId,
            ComplainantName = Checked(name, 1, NameMaxLength, "name"),
            ContactEmail = CheckedEmail(email),
            ContactPhone = CheckedPhone(phone),
            Content = Checked(content, ContentMinLength, ContentMaxLength, "content"),
            Status = ComplaintStatus.Received,
            FiledAt = filedAt,
            DueAt = ComplaintTimeLimit.DueAt(filedAt, calendar),
        };
    }

    private static string? CheckedEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var value = email.Trim();
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return value.Length <= EmailMaxLength && at > 0 && at == value.LastIndexOf('@') && at < value.Length - 1 && !value.Any(char.IsWhiteSpace)
            ? value
            : throw Invalid("The e-mail address is not valid.");
    }

    private static string? CheckedPhone(string? phone) =>
        string.IsNullOrWhiteSpace(phone) ? null
        : VietnamesePhone.TryParse(phone, out var parsed) ? parsed.Value
        : throw Invalid("The phone number is not a Vietnamese number.");

    private static string Checked(string? text, int min, int max, string what)
    {
        var value = text?.Trim() ?? string.Empty;
        return value.Length >= min && value.Length <= max ? value : throw Invalid($"The {what} has {min} to {max} characters.");
    }

    private static DomainException Invalid(string message) => new("complaint.invalid", message, ErrorKind.Validation);
}
