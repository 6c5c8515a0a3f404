namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>
/// A workflow action on one dossier. Every such command accepts an <c>Idempotency-Key</c>: a retry whose first answer was
/// lost answers the dossier instead of a 409 (see <see cref="DossierTransitionIdempotency{TRequest, TResponse}"/>).
/// </summary>
public interface IDossierTransition : IRequest<DossierDto>
{
    /// <summary>The dossier acted on.</summary>
    Guid Id { get; }
}
