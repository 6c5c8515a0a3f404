namespace HanoiDvc.Domain.Dossiers;

/// <summary>What a digitised copy is a copy of.</summary>
public enum DigitisedCopyKind
{
    /// <summary>A paper handed in with the dossier (thành phần hồ sơ).</summary>
    ReceivedPaper = 1,

    /// <summary>The result the agency issued on paper (kết quả giải quyết).</summary>
    Result = 2,
}
