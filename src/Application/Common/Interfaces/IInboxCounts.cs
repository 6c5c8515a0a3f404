namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>
/// How many dossiers an agency's inbox holds in each state, kept by the database as dossiers move (decision 0036) rather
/// than counted per request: a large agency's desk holds thousands, and counting them on every page visited each one.
/// </summary>
public interface IInboxCounts
{
    /// <summary>The dossiers <paramref name="agencyId"/> holds, by state, and those waiting for reception at its desk.</summary>
    Task<InboxTally> OfAgencyAsync(Guid agencyId, CancellationToken cancellationToken);
}

/// <summary>
/// An agency's inbox as counts: <paramref name="Held"/> by state (<see cref="DossierStatusSets.WithAgency"/>, by the
/// holding agency) and <paramref name="Waiting"/> (submitted, at the receiving agency's desk).
/// </summary>
public sealed record InboxTally(IReadOnlyDictionary<DossierStatus, int> Held, int Waiting)
{
    /// <summary>The held dossiers in any of <paramref name="statuses"/>.</summary>
    public int HeldIn(IEnumerable<DossierStatus> statuses) => statuses.Distinct().Sum(s => Held.GetValueOrDefault(s));
}
