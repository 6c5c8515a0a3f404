namespace HanoiDvc.Domain.Dossiers;

/// <summary>How a resolved or refused dossier stands against its due date, for statistics.</summary>
public enum DossierOutcome
{
    /// <summary>Trước hạn: resolved on a day before the due day.</summary>
    Early = 1,

    /// <summary>Đúng hạn: resolved on the due day, not after the due instant.</summary>
    OnTime = 2,

    /// <summary>Quá hạn: resolved after the due instant, or after an apology, or after a second supplement request.</summary>
    Late = 3,
}
