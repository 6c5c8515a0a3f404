namespace HanoiDvc.Domain.Dossiers.Events;

/// <summary>
/// A paid dossier closed without a result (rejected at reception, refused, stopped, withdrawn): the fees it paid are to be
/// given back. The payment that paid them records the refund in the same save as the closing, whoever closed it (decision 0013).
/// </summary>
/// <param name="DossierId">The dossier.</param>
/// <param name="PaymentId">The payment that paid the fees.</param>
/// <param name="Reason">The closing action and its reason.</param>
/// <param name="OccurredAt">When the dossier closed (UTC).</param>
public sealed record DossierFeesRefunded(Guid DossierId, Guid PaymentId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;
