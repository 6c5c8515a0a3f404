namespace HanoiDvc.Domain.Dossiers;

public sealed partial class Dossier
{
    /// <summary>Longest <see cref="Source"/>.</summary>
    public const int SourceMaxLength = 250;

    /// <summary>
    /// Which system the dossier came through when not this portal's own pages or desk: <c>Integration:&lt;client name&gt;</c>
    /// for a dossier an integrator submitted on an applicant's behalf; null otherwise.
    /// </summary>
    public string? Source { get; private set; }

    /// <summary>Records the external system a draft comes from (before it is submitted).</summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.invalid_draft</c>.</exception>
    public void RecordSource(string source)
    {
        if (Status != DossierStatus.Draft)
        {
            throw new DomainException("dossier.invalid_transition", $"The source of dossier {Reference} is fixed once it is submitted.");
        }

        if (string.IsNullOrWhiteSpace(source) || source.Trim().Length > SourceMaxLength)
        {
            throw new DomainException("dossier.invalid_draft", $"A source has 1 to {SourceMaxLength} characters.");
        }

        Source = source.Trim();
    }
}
