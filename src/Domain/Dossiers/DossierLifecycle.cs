using System.Collections.Frozen;

namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// The one-stop transitions table (Nghị định 61/2018/NĐ-CP, Điều 16–19, as amended by Nghị định 107/2021/NĐ-CP;
/// readings where it is silent: decision 0012) as data: which actions a dossier's status allows. <see cref="Dossier"/>
/// checks the actor, the arguments and a few finer rules on top (one supplement request per phase, the deciding agency
/// decides…).
/// </summary>
public static class DossierLifecycle
{
    private static readonly FrozenDictionary<DossierAction, FrozenSet<DossierStatus>> From = new Dictionary<DossierAction, FrozenSet<DossierStatus>>
    {
        [DossierAction.SaveDraft] = Set(DossierStatus.Draft),
        [DossierAction.Submit] = Set(DossierStatus.Draft),
        [DossierAction.Withdraw] = Set(DossierStatus.Draft, DossierStatus.Submitted, DossierStatus.Received, DossierStatus.SupplementRequested, DossierStatus.InProcessing, DossierStatus.AwaitingApproval),
        [DossierAction.Receive] = Set(DossierStatus.Submitted),
        [DossierAction.RejectAtReception] = Set(DossierStatus.Submitted),
        [DossierAction.RequestSupplement] = Set(DossierStatus.Submitted, DossierStatus.Received, DossierStatus.InProcessing),
        [DossierAction.ProvideSupplement] = Set(DossierStatus.SupplementRequested),
        [DossierAction.Assign] = Set(DossierStatus.Received),
        [DossierAction.Reassign] = Set(DossierStatus.InProcessing),
        [DossierAction.Forward] = Set(DossierStatus.InProcessing),
        [DossierAction.SubmitForApproval] = Set(DossierStatus.InProcessing),
        [DossierAction.Approve] = Set(DossierStatus.AwaitingApproval),
        [DossierAction.ReturnToSpecialist] = Set(DossierStatus.AwaitingApproval),
        [DossierAction.Refuse] = Set(DossierStatus.InProcessing, DossierStatus.AwaitingApproval),
        [DossierAction.StopProcessing] = Set(DossierStatus.Received, DossierStatus.SupplementRequested, DossierStatus.InProcessing, DossierStatus.AwaitingApproval),
        [DossierAction.IssueApology] = Set(DossierStatus.Received, DossierStatus.SupplementRequested, DossierStatus.InProcessing, DossierStatus.AwaitingApproval),
        [DossierAction.ReturnResult] = Set(DossierStatus.Resolved, DossierStatus.Refused),
        [DossierAction.RecordUncollectedResult] = Set(DossierStatus.Resolved, DossierStatus.Refused),
    }.ToFrozenDictionary();

    /// <summary>The statuses in which nothing more happens (<see cref="DossierStatusSets.Closed"/>).</summary>
    public static IReadOnlySet<DossierStatus> Closed => DossierStatusSets.Closed;

    /// <summary>Whether <paramref name="status"/> allows <paramref name="action"/> at all (before actor and argument checks).</summary>
    public static bool Allows(DossierStatus status, DossierAction action) =>
        From.TryGetValue(action, out var statuses) && statuses.Contains(status);

    /// <summary>The actions <paramref name="status"/> allows, e.g. to show the buttons of a dossier.</summary>
    public static IReadOnlyList<DossierAction> ActionsFrom(DossierStatus status) =>
        [.. From.Where(entry => entry.Value.Contains(status)).Select(entry => entry.Key).Order()];

    private static FrozenSet<DossierStatus> Set(params DossierStatus[] statuses) => statuses.ToFrozenSet();
}
