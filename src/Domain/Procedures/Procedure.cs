namespace HanoiDvc.Domain.Procedures;

/// <summary>
/// An administrative procedure of the catalogue (thủ tục hành chính) with its versions. The public sees the published
/// version while the procedure is listed; officials edit a draft and publish it.
/// </summary>
public sealed class Procedure : AggregateRoot
{
    private readonly List<ProcedureVersion> _versions = [];

    private Procedure() { }

    private Procedure(string? nationalCode)
    {
        Id = Guid.CreateVersion7();
        NationalCode = string.IsNullOrWhiteSpace(nationalCode) ? null : nationalCode.Trim();
    }

    /// <summary>Code in the national catalogue, e.g. <c>1.010020</c> or <c>1.010020.H26</c>; null when not (yet) assigned.</summary>
    public string? NationalCode { get; private set; }

    /// <summary>Whether the public catalogue shows the procedure (it must also have a published version).</summary>
    public bool IsListed { get; private set; }

    public IReadOnlyList<ProcedureVersion> Versions => _versions.AsReadOnly();

    /// <summary>The version the public sees and new dossiers use, if any.</summary>
    public ProcedureVersion? Published => _versions.SingleOrDefault(v => v.Status == ProcedureVersionStatus.Published);

    /// <summary>The version published with an effective date still to come, if any.</summary>
    public ProcedureVersion? Scheduled => _versions.SingleOrDefault(v => v.Status == ProcedureVersionStatus.Scheduled);

    /// <summary>The draft being edited, if any.</summary>
    public ProcedureVersion? Draft => _versions.SingleOrDefault(v => v.Status == ProcedureVersionStatus.Draft);

    /// <summary>A new procedure whose first version is a draft.</summary>
    public static Procedure Create(string? nationalCode, ProcedureContent content, DateTimeOffset now)
    {
        var procedure = new Procedure(nationalCode);
        procedure._versions.Add(new ProcedureVersion(procedure.Id, procedure.NationalCode, 1, content, now));
        return procedure;
    }

    /// <summary>Edits the draft, or starts a new draft from the change when only a published version exists.</summary>
    public ProcedureVersion Edit(ProcedureContent content, DateTimeOffset now)
    {
        if (Draft is { } draft)
        {
            draft.Replace(content, NationalCode);
            return draft;
        }

        var next = new ProcedureVersion(Id, NationalCode, _versions.Max(v => v.Number) + 1, content, now);
        _versions.Add(next);
        return next;
    }

    /// <summary>
    /// Publishes the draft. Effective today or earlier (the default is today): it supersedes the published version and the
    /// procedure is listed. Effective on a later date (a catalogue change announced ahead): it waits as the scheduled version
    /// and <see cref="ActivateScheduled"/> puts it in force on that date; dossiers keep the version they were started on.
    /// </summary>
    public ProcedureVersion Publish(DateTimeOffset now, DateOnly? effectiveFrom = null)
    {
        var draft = Draft ?? throw new DomainException("procedure.nothing_to_publish", "There is no draft to publish.");
        var today = Calendar.VietnamTimeZone.Today(now);
        var from = effectiveFrom ?? today;
        if (from > today)
        {
            if (Scheduled is not null)
            {
                throw new DomainException("procedure.already_scheduled", "A version already waits for its effective date; publish the change in it or wait until it is in force.");
            }

            draft.Schedule(now, from);
            return draft;
        }

        Published?.Supersede();
        draft.Publish(now, from);
        IsListed = true;
        return draft;
    }

    /// <summary>Puts the scheduled version in force once its effective date has come; false when there is nothing to do.</summary>
    public bool ActivateScheduled(DateTimeOffset now)
    {
        if (Scheduled is not { } scheduled || scheduled.EffectiveFrom > Calendar.VietnamTimeZone.Today(now))
        {
            return false;
        }

        Published?.Supersede();
        scheduled.Publish(now, scheduled.EffectiveFrom!.Value);
        IsListed = true;
        return true;
    }

    /// <summary>Removes the procedure from the public catalogue; its versions stay for the dossiers that use them.</summary>
    public void Unlist()
    {
        if (!IsListed)
        {
            throw new DomainException("procedure.not_listed", "The procedure is not in the public catalogue.");
        }

        IsListed = false;
    }

    /// <summary>Shows the published version in the public catalogue again.</summary>
    public void List()
    {
        if (Published is null)
        {
            throw new DomainException("procedure.nothing_published", "Publish a version before listing the procedure.");
        }

        IsListed = true;
    }
}
