namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>What the desk digitised of the dossier, and the two instants the national service index counts (Quyết định 766/QĐ-TTg).</summary>
public sealed partial record DossierDto
{
    /// <summary>The digitised copies the desk made of the received papers and of the paper result, in the order recorded.</summary>
    public IReadOnlyList<DigitisedCopyDto> DigitisedCopies { get; init; } = [];

    /// <summary>The received papers the desk digitises (none for an online dossier, whose documents arrived electronic).</summary>
    public IReadOnlyList<string> PapersToDigitise { get; init; } = [];

    /// <summary>Those of <see cref="PapersToDigitise"/> with no digitised copy yet.</summary>
    public IReadOnlyList<string> PapersLeftToDigitise { get; init; } = [];

    /// <summary>When the documents counted as digitised (an online dossier at submission; a paper one when its last paper was digitised); null before.</summary>
    public DateTimeOffset? DocumentsDigitisedAt { get; init; }

    /// <summary>When the result counted as digitised (an electronic result when issued; a paper one when its copy was recorded); null before.</summary>
    public DateTimeOffset? ResultDigitisedAt { get; init; }
}
