namespace HanoiDvc.Domain.Complaints;

/// <summary>What a complaint is about.</summary>
public enum ComplaintSubject
{
    /// <summary>The handling of one dossier, by its applicant.</summary>
    Dossier = 1,

    /// <summary>An administrative procedure (its rules or how an agency carries it out), by anyone.</summary>
    Procedure = 2,
}
