using System.Text.RegularExpressions;
using HanoiDvc.Domain.Dossiers.Events;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.Dossiers;

public sealed partial class Dossier
{
    private const string IssueAResult = "issue the electronic result of";

    /// <summary>The electronic result, once a leader issued one; null before (and always for procedures that do not deliver results online).</summary>
    public ResultDocument? Result { get; private set; }

    /// <summary>
    /// A leader of the deciding agency, holding the dossier, issues its electronic result (uploaded PDF or generated from a
    /// template) while the result awaits approval or once approved, until it is returned; once only
    /// (<c>dossier.result_already_issued</c>). Only procedures whose version delivers results online have one.
    /// </summary>
    /// <param name="actor">The leader.</param>
    /// <param name="now">The clock.</param>
    /// <param name="serviceLevel">The service level of the dossier's procedure version.</param>
    /// <param name="file">The stored file, its hash and a new verification code.</param>
    /// <param name="issuerName">The deciding agency's name, printed as issuer.</param>
    /// <param name="onlineResult">The version's setting "result delivered online"; null for a version without it (then its level decides, as before).</param>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.online_result_not_offered</c>, <c>dossier.invalid_result</c>.</exception>
    public ResultDocument IssueResult(Actor actor, DateTimeOffset now, ServiceLevel serviceLevel, ResultFile file, string issuerName, bool? onlineResult = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        EnsureResultCanBeIssued(actor, serviceLevel, onlineResult);
        var problem =
            string.IsNullOrWhiteSpace(file.DocumentType) || file.DocumentType.Trim().Length > ResultDocument.DocumentTypeMaxLength ? $"A document type has 1 to {ResultDocument.DocumentTypeMaxLength} characters."
            : string.IsNullOrWhiteSpace(file.FileName) || file.FileName.Length > ResultDocument.FileNameMaxLength ? $"A file name has 1 to {ResultDocument.FileNameMaxLength} characters."
            : file.MediaType != "application/pdf" ? "An electronic result is a PDF."
            : file.Size <= 0 ? "An empty file cannot be a result."
            : !Sha256Shape().IsMatch(file.Sha256 ?? string.Empty) ? "The content hash is not a lower-case hex SHA-256."
            : ResultVerificationCode.Normalize(file.VerificationCode) != file.VerificationCode ? "The verification code is not a code of 12 characters of its alphabet."
            : string.IsNullOrWhiteSpace(issuerName) ? "The result needs an issuer."
            : !Enum.IsDefined(file.Origin) ? $"Unknown origin {file.Origin}."
            : null;
        if (problem is not null)
        {
            throw new DomainException("dossier.invalid_result", problem);
        }

        var at = now.ToUniversalTime();
        Result = new ResultDocument(
            file.Origin, file.DocumentType.Trim(), file.FileName, file.MediaType, file.Size, file.Sha256!, file.VerificationCode,
            DecidingAgencyId, issuerName.Trim(), actor.Name, actor.UserId, at);
        ResultDigitisedAt = at; // an electronic result is born digital (the index counts it as digitised)
        Raise(new ResultIssued(Id, Result.Id, Code!.Value, DecidingAgencyId, file.Origin, file.Sha256!, actor.UserId, at));
        return Result;
    }

    /// <summary>
    /// The checks of <see cref="IssueResult"/> that come before any file: the state, the actor and the service level. A use
    /// case that renders the result calls it first, so nothing is rendered for a request that would be refused.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c>, <c>dossier.not_allowed</c>, <c>dossier.online_result_not_offered</c>.</exception>
    public void EnsureResultCanBeIssued(Actor actor, ServiceLevel serviceLevel, bool? onlineResult = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status is not (DossierStatus.AwaitingApproval or DossierStatus.Resolved))
        {
            throw new DomainException("dossier.invalid_transition", $"Cannot {IssueAResult} dossier {Reference} while it is {Status}.");
        }

        if (CurrentAgencyId != DecidingAgencyId || !actor.Has(DossierRoles.Leader, DecidingAgencyId))
        {
            throw NotAllowed(actor, IssueAResult, "only a Leader of the deciding agency, holding it, may");
        }

        EnsureOnlineResultsOffered(serviceLevel, onlineResult);
        if (Result is not null)
        {
            // An issued result carries a verification code that anyone may already have checked, and the electronic result has
            // the legal value of the paper one (Nghị định 45/2020/NĐ-CP; the article was not confirmed). No text read lets an
            // agency replace an issued result in silence, so a second issue is refused; a correction would revoke the first,
            // which no use case does yet.
            throw new DomainException("dossier.result_already_issued", $"The electronic result of dossier {Reference} was already issued ({Result.IssuedAt:O}, code {ResultVerificationCode.Format(Result.VerificationCode)}).");
        }
    }

    /// <summary>
    /// What <see cref="ReturnResult"/> checks and does about the electronic result: online, the procedure version must deliver results online
    /// and an approved dossier must have its result issued (a refusal is returned as its notice); an issued result is released to the applicant whatever the channel.
    /// </summary>
    private void ReleaseResultOnReturn(Channel channel, ServiceLevel serviceLevel, bool? onlineResult, DateTimeOffset at)
    {
        if (channel == Channel.Online)
        {
            EnsureOnlineResultsOffered(serviceLevel, onlineResult);
            if (Status == DossierStatus.Resolved && Result is null)
            {
                throw new DomainException("dossier.result_missing", $"Dossier {Reference} has no electronic result to return online; a leader must attach or generate it first.");
            }
        }

        if (Result is not null)
        {
            Result.Release(at);
            Raise(new ResultReleased(Id, Result.Id, Code!.Value, ApplicantId, channel, at));
        }
    }

    /// <summary>
    /// Whether the result may be delivered online is the procedure version's setting, not its level (Nghị định 42/2022/NĐ-CP,
    /// Điều 11 khoản 1: "toàn trình" returns the result online or by post; nothing there ties an online result to a level).
    /// A version stored before the setting existed (null) followed its level: level 4 only.
    /// </summary>
    private void EnsureOnlineResultsOffered(ServiceLevel serviceLevel, bool? onlineResult)
    {
        if (!(onlineResult ?? serviceLevel == ServiceLevel.Full))
        {
            throw new DomainException(
                "dossier.online_result_not_offered",
                $"The procedure of dossier {Reference} does not deliver its result online: it is returned at the desk or by post.");
        }
    }
}
