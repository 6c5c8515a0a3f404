namespace HanoiDvc.Domain.Procedures;

/// <summary>Life of one version of a procedure.</summary>
public enum ProcedureVersionStatus
{
    /// <summary>Being edited; not visible to the public.</summary>
    Draft,

    /// <summary>The version the public sees and new dossiers are submitted under.</summary>
    Published,

    /// <summary>Replaced by a later published version; dossiers submitted under it keep it.</summary>
    Superseded,

    /// <summary>Published with an effective date still to come: it replaces the published version on that date.</summary>
    Scheduled,
}
