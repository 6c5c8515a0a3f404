using HanoiDvc.Domain.Dossiers.Events;

namespace HanoiDvc.Domain.Dossiers;

public sealed partial class Dossier
{
    /// <summary>The longest comment a rating keeps.</summary>
    public const int SatisfactionCommentMaxLength = 1000;

    /// <summary>The applicant's rating once given; null before.</summary>
    public Satisfaction? Satisfaction { get; private set; }

    /// <summary>The applicant's words with the rating.</summary>
    public string? SatisfactionComment { get; private set; }

    /// <summary>When the applicant rated (UTC).</summary>
    public DateTimeOffset? RatedAt { get; private set; }

    /// <summary>
    /// The applicant (themselves, not the desk for them) rates the handling once the agency is done with the dossier: its
    /// result returned, refused at reception or its processing stopped. One rating per dossier; it cannot be changed, so
    /// the statistics count what was said when it was said. Records no step.
    /// </summary>
    /// <exception cref="DomainException"><c>dossier.invalid_transition</c> (not finished), <c>dossier.not_allowed</c>, <c>dossier.already_rated</c>, <c>dossier.invalid_rating</c>.</exception>
    public void Rate(Actor actor, DateTimeOffset now, Satisfaction level, string? comment)
    {
        EnsureMayRate(actor);

        var words = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (!Enum.IsDefined(level) || words?.Length > SatisfactionCommentMaxLength)
        {
            throw new DomainException("dossier.invalid_rating", $"A rating is one of {string.Join(", ", Enum.GetNames<Satisfaction>())} with at most {SatisfactionCommentMaxLength} characters of comment.");
        }

        Satisfaction = level;
        SatisfactionComment = words;
        RatedAt = now.ToUniversalTime();
        Raise(new DossierRated(Id, Code?.Value, DecidingAgencyId, level, words, RatedAt.Value));
    }
}
