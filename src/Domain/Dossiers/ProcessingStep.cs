namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// One line of the processing control sheet (phiếu kiểm soát quá trình giải quyết hồ sơ, form 05): who did what, when,
/// from which status and agency to which, to whom it was handed, with the comment or reasons and the step's own deadline.
/// Owned by its <see cref="Dossier"/>; never changed once written.
/// </summary>
public sealed class ProcessingStep
{
    private ProcessingStep() { }

    internal ProcessingStep(int sequence, DossierAction action, Actor actor, DossierStatus fromStatus, DossierStatus toStatus, Guid fromAgencyId, Guid toAgencyId, Guid? assigneeId, DateTimeOffset at, string? comment, DateTimeOffset? deadline, CommentAudience? commentAudience = null)
    {
        Id = Guid.CreateVersion7();
        Sequence = sequence;
        Action = action;
        ActorId = actor.UserId;
        ActorName = actor.Name;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        FromAgencyId = fromAgencyId;
        ToAgencyId = toAgencyId;
        AssigneeId = assigneeId;
        At = at;
        Comment = comment;
        Deadline = deadline;
        CommentAudience = comment is null ? null : commentAudience ?? Dossiers.CommentAudience.Internal;
    }

    /// <summary>Identifier (UUID v7).</summary>
    public Guid Id { get; private set; }

    /// <summary>1, 2, 3… in the order the steps happened.</summary>
    public int Sequence { get; private set; }

    /// <summary>What was done.</summary>
    public DossierAction Action { get; private set; }

    /// <summary>Who did it.</summary>
    public Guid ActorId { get; private set; }

    /// <summary>The actor's name at the time.</summary>
    public string ActorName { get; private set; } = null!;

    /// <summary>The status before.</summary>
    public DossierStatus FromStatus { get; private set; }

    /// <summary>The status after (the same for an apology).</summary>
    public DossierStatus ToStatus { get; private set; }

    /// <summary>The agency holding the dossier before.</summary>
    public Guid FromAgencyId { get; private set; }

    /// <summary>The agency holding the dossier after.</summary>
    public Guid ToAgencyId { get; private set; }

    /// <summary>The specialist the dossier is assigned to after the step, if any.</summary>
    public Guid? AssigneeId { get; private set; }

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>Comment, reasons or the list of missing documents.</summary>
    public string? Comment { get; private set; }

    /// <summary>The deadline of the work this step hands over (assignment, inter-agency step), if it has one.</summary>
    public DateTimeOffset? Deadline { get; private set; }

    /// <summary>
    /// Who the comment is for; null when there is no comment. Internal unless the applicant is addressed, so a remark
    /// written without a choice never reaches the applicant.
    /// </summary>
    public CommentAudience? CommentAudience { get; private set; }

    /// <summary>Whether the applicant may read the comment.</summary>
    public bool CommentIsForApplicant => CommentAudience == Dossiers.CommentAudience.Applicant;
}
