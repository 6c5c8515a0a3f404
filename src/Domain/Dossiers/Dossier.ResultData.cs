namespace HanoiDvc.Domain.Dossiers;

public sealed partial class Dossier
{
    private const string RecordTheResultData = "record the result data of";

    /// <summary>Most fields a result's data may hold.</summary>
    public const int ResultDataMaxFields = 40;

    /// <summary>Longest value of one result field.</summary>
    public const int ResultDataMaxLength = 500;

    private Dictionary<string, string> _resultData = new(StringComparer.Ordinal);

    /// <summary>
    /// What the officials recorded for the result to print (e.g. the diploma's number and the holder's date of birth read from
    /// the original register), by the field keys of the procedure's result template; empty until someone records them.
    /// </summary>
    public IReadOnlyDictionary<string, string> ResultData => _resultData.AsReadOnly();

    /// <summary>When the result data were last recorded (UTC); null before.</summary>
    public DateTimeOffset? ResultDataRecordedAt { get; private set; }

    /// <summary>
    /// Whether <paramref name="actor"/> may record the result data now: the specialist it is assigned to while it is processed
    /// at the deciding agency (the step where the draft result is prepared), or a leader of the deciding agency while the draft
    /// awaits approval or once approved, until the result is returned (a leader who corrects the data issues the result again;
    /// once released, the data are frozen with it).
    /// </summary>
    public bool CanRecordResultData(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (CurrentAgencyId != DecidingAgencyId || Result?.IsReleased == true)
        {
            return false;
        }

        return Status switch
        {
            DossierStatus.InProcessing => actor.Has(DossierRoles.Specialist, DecidingAgencyId) && (AssigneeId is null || AssigneeId == actor.UserId),
            DossierStatus.AwaitingApproval or DossierStatus.Resolved => actor.Has(DossierRoles.Leader, DecidingAgencyId),
            _ => false,
        };
    }

    /// <summary>
    /// Records the result data (replacing what was recorded before). Which keys exist and what each may hold is the result
    /// template's business (the use case checks it first); the dossier checks who, when, and the sizes.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.invalid_result_data</c>.</exception>
    public void RecordResultData(Actor actor, DateTimeOffset now, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        EnsureResultDataCanBeRecorded(actor);
        var kept = values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value!.Trim(), StringComparer.Ordinal);
        if (kept.Count > ResultDataMaxFields || kept.Any(v => v.Key.Length is 0 or > 64 || v.Value.Length > ResultDataMaxLength))
        {
            throw new DomainException("dossier.invalid_result_data", $"Result data have at most {ResultDataMaxFields} fields of at most {ResultDataMaxLength} characters.");
        }

        _resultData = kept;
        ResultDataRecordedAt = now.ToUniversalTime();
    }

    /// <summary>The checks of <see cref="RecordResultData"/> before any value: the state and the actor (a use case calls it before checking the values).</summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>.</exception>
    public void EnsureResultDataCanBeRecorded(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status is not (DossierStatus.InProcessing or DossierStatus.AwaitingApproval or DossierStatus.Resolved) || CurrentAgencyId != DecidingAgencyId)
        {
            throw new DomainException("dossier.invalid_transition", $"Cannot {RecordTheResultData} dossier {Reference} while it is {Status} at this agency.");
        }

        if (Result?.IsReleased == true)
        {
            throw new DomainException("dossier.invalid_transition", $"Cannot {RecordTheResultData} dossier {Reference}: its result was already returned.");
        }

        if (!CanRecordResultData(actor))
        {
            throw NotAllowed(actor, RecordTheResultData,
                Status == DossierStatus.InProcessing ? "only the specialist it is assigned to may" : "only a Leader of the deciding agency may");
        }
    }
}
