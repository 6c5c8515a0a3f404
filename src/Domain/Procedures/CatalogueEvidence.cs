namespace HanoiDvc.Domain.Procedures;

/// <summary>
/// Where the published facts of a catalogue entry were read, and what is still missing. An entry is verified only when
/// its code, name, deciding authority, receiving body, time limit, fees, documents, forms, legal basis and service level
/// were all read in a published record (a publishing decision or the national portal's record); an unverified entry says
/// what is missing.
/// </summary>
/// <param name="Verified">Whether every fact was read in a published record.</param>
/// <param name="Missing">What was not read (empty when verified).</param>
/// <param name="ServiceLevelSource">The record that publishes the service level.</param>
/// <param name="TimeLimitSource">The document and article, or record, that set the time limit.</param>
/// <param name="FeesSource">For a procedure without fees, the record or provision that says none is owed ("không").</param>
/// <param name="DocumentsSource">The record or provision that lists the documents.</param>
public sealed record CatalogueEvidence(
    bool Verified,
    IReadOnlyList<string> Missing,
    string? ServiceLevelSource,
    string? TimeLimitSource,
    string? FeesSource,
    string? DocumentsSource)
{
    /// <summary>The evidence of an entry created by hand, before anyone has said where its facts come from.</summary>
    public static CatalogueEvidence Unstated { get; } = new(false, ["nguồn của các thông tin chưa được ghi"], null, null, null, null);

    internal CatalogueEvidence Checked()
    {
        var missing = (Missing ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).ToList();
        if (Verified && missing.Count > 0)
        {
            throw new Common.DomainException("procedure.invalid_content", "A verified entry has nothing missing.");
        }

        if (Verified && new[] { ServiceLevelSource, TimeLimitSource, DocumentsSource }.Any(string.IsNullOrWhiteSpace))
        {
            throw new Common.DomainException("procedure.invalid_content", "A verified entry names the records of its service level, time limit and documents.");
        }

        if (!Verified && missing.Count == 0)
        {
            throw new Common.DomainException("procedure.invalid_content", "An unverified entry says what is missing.");
        }

        return this with { Missing = missing };
    }
}
