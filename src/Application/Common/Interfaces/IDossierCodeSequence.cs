namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>The daily reception counter of an agency (the <c>XXXX</c> of a dossier code).</summary>
public interface IDossierCodeSequence
{
    /// <summary>
    /// The next number of <paramref name="agencyId"/>'s day <paramref name="localDay"/>, atomically, inside the caller's
    /// transaction: two receptions at the same instant on two servers get two numbers, and a rolled-back reception
    /// gives its number back.
    /// </summary>
    Task<int> NextAsync(Guid agencyId, DateOnly localDay, CancellationToken cancellationToken);
}
