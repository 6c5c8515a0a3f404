namespace HanoiDvc.Domain.Dossiers;

/// <summary>Where an electronic result's PDF comes from.</summary>
public enum ResultOrigin
{
    /// <summary>The approving leader uploaded it (signed elsewhere); it is kept byte for byte.</summary>
    Uploaded = 1,

    /// <summary>The system rendered it from the procedure's result template and the dossier's form data.</summary>
    Generated = 2,
}
