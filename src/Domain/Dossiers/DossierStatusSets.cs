using System.Collections.Frozen;

namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// The named groups of statuses every reader uses — the inbox, its counts, the statistics, the morning overdue check, the
/// reminders, the partial indexes (their filters are rendered from these sets) and the client (through
/// <see cref="GroupOf"/>). A status list written anywhere else is a copy that can drift.
/// </summary>
public static class DossierStatusSets
{
    /// <summary>
    /// Received and not yet decided: the legal time limit applies (it runs from reception, Nghị định 61/2018/NĐ-CP Điều 19
    /// as amended by Nghị định 107/2021/NĐ-CP), paused or not. The statistics' "in progress" (Thông tư 01/2018/TT-VPCP).
    /// </summary>
    public static IReadOnlySet<DossierStatus> Open { get; } =
        Set(DossierStatus.Received, DossierStatus.SupplementRequested, DossierStatus.InProcessing, DossierStatus.AwaitingApproval);

    /// <summary>
    /// Open but paused: waiting for the applicant's supplement (form 02, Nghị định 61/2018/NĐ-CP Điều 16 khoản 2), the clock
    /// does not run and the dossier cannot become overdue (the applicant's time is not the agency's; see <see cref="Dossier.Pauses"/>).
    /// </summary>
    public static IReadOnlySet<DossierStatus> Held { get; } = Set(DossierStatus.SupplementRequested);

    /// <summary>Open and not held: the legal clock runs, so the dossier becomes overdue once past its due instant.</summary>
    public static IReadOnlySet<DossierStatus> Running { get; } = Open.Except(Held).ToFrozenSet();

    /// <summary>
    /// Received or with a specialist, before a draft result (the inbox's "processing" tab): where the current processing
    /// step's own deadline is watched (step reminders, the step part of the overdue check). An approval has no step deadline.
    /// </summary>
    public static IReadOnlySet<DossierStatus> Processing { get; } = Set(DossierStatus.Received, DossierStatus.InProcessing);

    /// <summary>Decided (approved or refused) and not yet handed back: the result waits to be returned.</summary>
    public static IReadOnlySet<DossierStatus> Decided { get; } = Set(DossierStatus.Resolved, DossierStatus.Refused);

    /// <summary>
    /// What the agency holding a dossier still has to act on: open or decided. The inbox's half that the holding agency
    /// sees (the other half is <see cref="DossierStatus.Submitted"/> at the receiving desk).
    /// </summary>
    public static IReadOnlySet<DossierStatus> WithAgency { get; } = Open.Union(Decided).ToFrozenSet();

    /// <summary>The statuses in which nothing more happens.</summary>
    public static IReadOnlySet<DossierStatus> Closed { get; } =
        Set(DossierStatus.NotReceived, DossierStatus.Stopped, DossierStatus.Withdrawn, DossierStatus.ResultReturned);

    /// <summary>
    /// Closed with the agency done with it — result returned, refused at reception or processing stopped — so the applicant
    /// may rate the handling (a withdrawal is the applicant's own act).
    /// </summary>
    public static IReadOnlySet<DossierStatus> Finished { get; } = Closed.Except([DossierStatus.Withdrawn]).ToFrozenSet();

    /// <summary>
    /// The overdue rule, once: a dossier is overdue when its clock runs (<see cref="Running"/>) and <paramref name="now"/> is
    /// past its due instant (Nghị định 61/2018/NĐ-CP Điều 19, as amended by Nghị định 107/2021/NĐ-CP: "hồ sơ quá hạn giải quyết").
    /// The overdue check, the inbox and the statistics apply this rule in SQL (rendered from <see cref="Running"/>).
    /// </summary>
    public static bool IsOverdue(DossierStatus status, DateTimeOffset? dueAt, DateTimeOffset now) =>
        Running.Contains(status) && dueAt is { } due && due < now;

    /// <summary>The group a status belongs to, for clients (<see cref="StatusGroup"/>; every status is in exactly one).</summary>
    public static StatusGroup GroupOf(DossierStatus status) => status switch
    {
        DossierStatus.Draft => StatusGroup.Draft,
        DossierStatus.Submitted => StatusGroup.AwaitingReception,
        DossierStatus.AwaitingApproval => StatusGroup.AwaitingApproval,
        DossierStatus.Withdrawn => StatusGroup.Withdrawn,
        _ when Held.Contains(status) => StatusGroup.Held,
        _ when Processing.Contains(status) => StatusGroup.Processing,
        _ when Decided.Contains(status) => StatusGroup.Decided,
        _ => StatusGroup.Finished,
    };

    /// <summary>The statuses of <paramref name="group"/>, in the enum's order.</summary>
    public static IReadOnlyList<DossierStatus> Members(StatusGroup group) => [.. Enum.GetValues<DossierStatus>().Where(s => GroupOf(s) == group)];

    private static FrozenSet<DossierStatus> Set(params DossierStatus[] statuses) => statuses.ToFrozenSet();
}

/// <summary>The disjoint groups of <see cref="DossierStatusSets"/> a client shows and acts on (the inbox's tabs, the applicant's next step).</summary>
public enum StatusGroup
{
    /// <summary>Not submitted yet.</summary>
    Draft,

    /// <summary>Submitted, waiting for the desk.</summary>
    AwaitingReception,

    /// <summary>Received or with a specialist (<see cref="DossierStatusSets.Processing"/>): the clock runs.</summary>
    Processing,

    /// <summary>A draft result waits for a leader: the clock runs.</summary>
    AwaitingApproval,

    /// <summary>Open and paused, waiting for the applicant (<see cref="DossierStatusSets.Held"/>).</summary>
    Held,

    /// <summary>Decided, the result waits to be returned (<see cref="DossierStatusSets.Decided"/>).</summary>
    Decided,

    /// <summary>Closed with the agency done with it (<see cref="DossierStatusSets.Finished"/>): the applicant may rate it.</summary>
    Finished,

    /// <summary>Withdrawn by the applicant.</summary>
    Withdrawn,
}
