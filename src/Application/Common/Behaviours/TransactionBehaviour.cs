namespace HanoiDvc.Application.Common.Behaviours;

/// <summary>
/// Runs the handler of an <see cref="ITransactionalCommand"/> in one transaction, retried whole on transient failures
/// (<see cref="ITransactionRunner"/>). Innermost behaviour, so the idempotency replay and the error logging around it see a
/// transaction already rolled back; a command sent from inside such a handler joins its transaction.
/// </summary>
internal sealed class TransactionBehaviour<TRequest, TResponse>(ITransactionRunner transactions) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        request is ITransactionalCommand ? transactions.RunAsync(() => next(), cancellationToken) : next();
}
