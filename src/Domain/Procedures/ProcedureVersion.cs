namespace HanoiDvc.Domain.Procedures;

/// <summary>
/// One version of a procedure. A published version is never edited: a change makes a new draft, and dossiers keep the
/// version they were submitted under.
/// </summary>
public sealed class ProcedureVersion
{
    private ProcedureVersion() { }

    internal ProcedureVersion(Guid procedureId, string? nationalCode, int number, ProcedureContent content, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        ProcedureId = procedureId;
        Number = number;
        Status = ProcedureVersionStatus.Draft;
        CreatedAt = now;
        Replace(content, nationalCode);
    }

    public Guid Id { get; private set; }

    public Guid ProcedureId { get; private set; }

    /// <summary>1, 2, 3… in order of creation.</summary>
    public int Number { get; private set; }

    public ProcedureVersionStatus Status { get; private set; }

    public ProcedureContent Content { get; private set; } = null!;

    // Copies of content fields that the catalogue filters and sorts on.
    public string Name { get; private set; } = null!;

    public ProcedureField Field { get; private set; }

    public string DecidingLevelCode { get; private set; } = null!;

    public ServiceLevel ServiceLevel { get; private set; }

    public ApplicantTypes ApplicantTypes { get; private set; }

    /// <summary>Whether every published fact of the content was read in a published record (<see cref="CatalogueEvidence.Verified"/>).</summary>
    public bool Verified { get; private set; }

    /// <summary>Code and names folded for diacritics-insensitive search (see <see cref="Common.VietnameseText"/>).</summary>
    public string SearchText { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>
    /// The date (Asia/Ho_Chi_Minh) from which this version applies, as its publishing decision says; a version published
    /// with a later date waits as <see cref="ProcedureVersionStatus.Scheduled"/> until then.
    /// </summary>
    public DateOnly? EffectiveFrom { get; private set; }

    internal void Replace(ProcedureContent content, string? nationalCode = null)
    {
        Content = content;
        Name = content.Name;
        Field = content.Field;
        DecidingLevelCode = content.DecidingLevelCode;
        ServiceLevel = content.ServiceLevel;
        ApplicantTypes = content.ApplicantTypes;
        Verified = content.Evidence.Verified;
        SearchText = Common.VietnameseText.Fold($"{nationalCode} {content.Name} {content.NameEn}");
    }

    internal void Publish(DateTimeOffset now, DateOnly effectiveFrom)
    {
        Status = ProcedureVersionStatus.Published;
        PublishedAt = now;
        EffectiveFrom = effectiveFrom;
    }

    internal void Schedule(DateTimeOffset now, DateOnly effectiveFrom)
    {
        Status = ProcedureVersionStatus.Scheduled;
        PublishedAt = now;
        EffectiveFrom = effectiveFrom;
    }

    internal void Supersede() => Status = ProcedureVersionStatus.Superseded;
}
