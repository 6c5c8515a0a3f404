namespace HanoiDvc.Domain.Procedures;

/// <summary>When a level-4 procedure's fees must be paid online.</summary>
public enum PaymentDue
{
    /// <summary>Before the desk receives the dossier (fees of the examination of the dossier).</summary>
    BeforeReception = 0,

    /// <summary>Before the result is handed over (fees of issuing the result, e.g. per copy).</summary>
    BeforeResult = 1,
}
