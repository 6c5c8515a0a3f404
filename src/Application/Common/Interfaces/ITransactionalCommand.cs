namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>
/// A command whose handler runs whole in one database transaction, retried from its start with a clean unit of work when
/// the database fails transiently (<see cref="Behaviours.TransactionBehaviour{TRequest, TResponse}"/>). Opt-in: for the
/// handlers that write with more than one statement and must see their own writes (a code counter and the dossier it
/// numbers); a handler with one save needs none, since the save is atomic and retried on its own.
/// </summary>
public interface ITransactionalCommand;
