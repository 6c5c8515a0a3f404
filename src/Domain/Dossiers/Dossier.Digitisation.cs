using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// Digitising (số hóa) at the one-stop desk: the officials of the receiving agency's desk scan the papers of a dossier received
/// in person or by post, and the result the agency issues on paper, into electronic copies with their metadata (Nghị định
/// 61/2018/NĐ-CP as amended by Nghị định 107/2021/NĐ-CP, the provisions on digitising dossiers and results at reception and
/// return; Nghị định 45/2020/NĐ-CP; details in Thông tư 01/2023/TT-VPCP). The two instants below are what the national service
/// index (Quyết định 766/QĐ-TTg) counts as "digitised".
/// </summary>
public sealed partial class Dossier
{
    private const string DigitiseAPaper = "digitise a paper of";
    private const string DigitiseTheResult = "digitise the paper result of";

    private readonly List<DigitisedCopy> _digitisedCopies = [];

    /// <summary>The digitised copies of the received papers and of the paper result, in the order they were recorded.</summary>
    public IReadOnlyList<DigitisedCopy> DigitisedCopies => _digitisedCopies.AsReadOnly();

    /// <summary>
    /// When the dossier's documents counted as digitised: an online dossier at submission (its documents are electronic); a desk
    /// or postal dossier when the last of its papers got its digitised copy. Null until then.
    /// </summary>
    public DateTimeOffset? DocumentsDigitisedAt { get; private set; }

    /// <summary>When the result counted as digitised: an electronic result when issued; a paper result when its digitised copy was recorded.</summary>
    public DateTimeOffset? ResultDigitisedAt { get; private set; }

    /// <summary>
    /// The papers the desk digitises: those it recorded at reception, or, when it recorded none, the procedure's mandatory
    /// documents. None for an online dossier: its documents arrived electronic.
    /// </summary>
    public IReadOnlyList<string> PapersToDigitise =>
        SubmissionChannel == Channel.Online ? []
        : _receivedPapers.Count > 0 ? [.. _receivedPapers.Select(p => p.Name).Distinct(StringComparer.Ordinal)]
        : [.. _requiredDocuments.Where(d => d.Mandatory).Select(d => d.Name).Distinct(StringComparer.Ordinal)];

    /// <summary>The papers of <see cref="PapersToDigitise"/> with no digitised copy yet.</summary>
    public IReadOnlyList<string> PapersLeftToDigitise =>
        [.. PapersToDigitise.Where(name => !_digitisedCopies.Exists(c => c.Kind == DigitisedCopyKind.ReceivedPaper && c.DocumentName == name))];

    /// <summary>
    /// A desk official of the receiving agency records the digitised copy of one received paper (one of
    /// <see cref="PapersLeftToDigitise"/>, named by <see cref="DigitisedPaper.DocumentName"/>); the last one sets
    /// <see cref="DocumentsDigitisedAt"/>. Raises <see cref="DossierPaperDigitised"/>.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.nothing_to_digitise</c>, <c>dossier.paper_already_digitised</c>, <c>dossier.invalid_digitised_copy</c>.</exception>
    public DigitisedCopy DigitisePaper(Actor actor, DateTimeOffset now, DigitisedPaper paper, ScannedFile scan)
    {
        EnsureMayDigitisePaper(actor);
        var (details, file) = CheckCopy(paper, scan);
        if (!PapersToDigitise.Contains(details.DocumentName))
        {
            throw new DomainException("dossier.invalid_digitised_copy", $"'{details.DocumentName}' is not one of the papers received with dossier {Reference}.");
        }

        if (!PapersLeftToDigitise.Contains(details.DocumentName))
        {
            throw new DomainException("dossier.paper_already_digitised", $"'{details.DocumentName}' of dossier {Reference} already has its digitised copy.");
        }

        var copy = AddCopy(DigitisedCopyKind.ReceivedPaper, actor, now, details, file);
        if (PapersLeftToDigitise.Count == 0)
        {
            DocumentsDigitisedAt = copy.DigitisedAt;
        }

        return copy;
    }

    /// <summary>
    /// A desk official of the receiving agency records the digitised copy of the result issued on paper; sets
    /// <see cref="ResultDigitisedAt"/>. Raises <see cref="DossierPaperDigitised"/>.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.result_electronic</c>, <c>dossier.result_already_digitised</c>, <c>dossier.invalid_digitised_copy</c>.</exception>
    public DigitisedCopy DigitiseResult(Actor actor, DateTimeOffset now, DigitisedPaper paper, ScannedFile scan)
    {
        EnsureMayDigitiseResult(actor);
        var (details, file) = CheckCopy(paper, scan);
        var copy = AddCopy(DigitisedCopyKind.Result, actor, now, details, file);
        ResultDigitisedAt = copy.DigitisedAt;
        return copy;
    }

    /// <summary>Received, not closed, by the receiving agency's desk, with a paper still to digitise.</summary>
    private void EnsureMayDigitisePaper(Actor actor)
    {
        if (ReceivedAt is null || DossierStatusSets.Closed.Contains(Status))
        {
            throw new DomainException("dossier.invalid_transition", $"Cannot {DigitiseAPaper} dossier {Reference} while it is {Status}: only a received dossier that is not closed.");
        }

        EnsureReceivingDesk(actor, DigitiseAPaper);
        if (PapersToDigitise.Count == 0)
        {
            throw new DomainException("dossier.nothing_to_digitise", $"Dossier {Reference} has no paper to digitise: it was submitted online, or no paper was recorded at reception.");
        }

        if (PapersLeftToDigitise.Count == 0)
        {
            throw new DomainException("dossier.paper_already_digitised", $"Every paper of dossier {Reference} already has its digitised copy.");
        }
    }

    /// <summary>
    /// Decided (the result issued) and not yet returned — the paper leaves with the applicant, so it is scanned before — by the
    /// receiving agency's desk, with no electronic result and no digitised copy yet.
    /// </summary>
    private void EnsureMayDigitiseResult(Actor actor)
    {
        if (!DossierStatusSets.Decided.Contains(Status))
        {
            throw new DomainException("dossier.invalid_transition", $"Cannot {DigitiseTheResult} dossier {Reference} while it is {Status}: only once its result is issued and before it is returned.");
        }

        EnsureReceivingDesk(actor, DigitiseTheResult);
        if (Result is not null)
        {
            throw new DomainException("dossier.result_electronic", $"The result of dossier {Reference} was issued electronically ({Result.IssuedAt:O}): there is no paper to digitise.");
        }

        if (_digitisedCopies.Exists(c => c.Kind == DigitisedCopyKind.Result))
        {
            throw new DomainException("dossier.result_already_digitised", $"The paper result of dossier {Reference} already has its digitised copy ({ResultDigitisedAt:O}).");
        }
    }

    /// <summary>Only the one-stop desk (a receptionist) of the agency that received the dossier digitises its papers.</summary>
    private void EnsureReceivingDesk(Actor actor, string what)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(DossierRoles.Receptionist, ReceivingAgencyId))
        {
            throw NotAllowed(actor, what, "only a Receptionist of the agency that received it may");
        }
    }

    private static (DigitisedPaper Paper, ScannedFile Scan) CheckCopy(DigitisedPaper paper, ScannedFile scan)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(scan);
        var number = string.IsNullOrWhiteSpace(paper.Number) ? null : paper.Number.Trim();
        var problem =
            string.IsNullOrWhiteSpace(paper.DocumentName) || paper.DocumentName.Trim().Length > DigitisedPaper.DocumentNameMaxLength ? $"A document name has 1 to {DigitisedPaper.DocumentNameMaxLength} characters."
            : string.IsNullOrWhiteSpace(paper.IssuingBody) || paper.IssuingBody.Trim().Length > DigitisedPaper.IssuingBodyMaxLength ? $"An issuing body has 1 to {DigitisedPaper.IssuingBodyMaxLength} characters."
            : number?.Length > DigitisedPaper.NumberMaxLength ? $"A number and symbol has at most {DigitisedPaper.NumberMaxLength} characters."
            : paper.ValidUntil < paper.IssuedOn ? "A paper cannot expire before it is issued."
            : string.IsNullOrWhiteSpace(scan.FileName) || scan.FileName.Length > ScannedFile.FileNameMaxLength ? $"A file name has 1 to {ScannedFile.FileNameMaxLength} characters."
            : string.IsNullOrWhiteSpace(scan.MediaType) ? "A scan needs a media type."
            : scan.Size <= 0 ? "An empty file cannot be a scan."
            : !Sha256Shape().IsMatch(scan.Sha256 ?? string.Empty) ? "The content hash is not a lower-case hex SHA-256."
            : null;
        if (problem is not null)
        {
            throw new DomainException("dossier.invalid_digitised_copy", problem);
        }

        return (paper with { DocumentName = paper.DocumentName.Trim(), IssuingBody = paper.IssuingBody.Trim(), Number = number }, scan);
    }

    private DigitisedCopy AddCopy(DigitisedCopyKind kind, Actor actor, DateTimeOffset now, DigitisedPaper paper, ScannedFile scan)
    {
        var at = now.ToUniversalTime();
        var copy = new DigitisedCopy(kind, paper, scan, ReceivingAgencyId, at, actor.UserId);
        _digitisedCopies.Add(copy);
        Raise(new DossierPaperDigitised(Id, ApplicantId, copy.Id, kind, paper, scan.Sha256, scan.MediaType, ReceivingAgencyId, actor.UserId, at));
        return copy;
    }

    /// <summary>An online submission's documents arrived electronic: they count as digitised from submission.</summary>
    private void CountOnlineDocumentsDigitised(DateTimeOffset at)
    {
        if (SubmissionChannel == Channel.Online)
        {
            DocumentsDigitisedAt = at;
        }
    }
}
