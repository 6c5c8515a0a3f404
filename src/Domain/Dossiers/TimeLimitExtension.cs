namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// Extra working days the desk applied at reception, within the procedure's <see cref="Procedures.TimeLimit.ExtraDays"/>
/// (e.g. up to 2 working days for a large copy request from the original register: the procedure's published time limit,
/// see the catalogue seed's notes), with the reason written on the receipt.
/// </summary>
/// <param name="Days">Working days added to the time limit (more than 0, at most the procedure's extra days).</param>
/// <param name="Reason">Why the extension applies.</param>
public sealed record TimeLimitExtension(decimal Days, string Reason);
