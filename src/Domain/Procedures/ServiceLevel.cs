namespace HanoiDvc.Domain.Procedures;

/// <summary>How much of a procedure is online (Nghị định 42/2022/NĐ-CP).</summary>
public enum ServiceLevel
{
    /// <summary>Level 3, "một phần": online submission; fee and result at the agency.</summary>
    Partial = 3,

    /// <summary>Level 4, "toàn trình": also online payment and the result delivered online.</summary>
    Full = 4,
}
