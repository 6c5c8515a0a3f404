namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// The applicant's rating of how the dossier was handled, on the national portal's three levels. Negative ratings count
/// against the agency in the satisfaction component of the service-quality index.
/// </summary>
public enum Satisfaction
{
    /// <summary>Rất hài lòng.</summary>
    VerySatisfied = 1,

    /// <summary>Hài lòng.</summary>
    Satisfied = 2,

    /// <summary>Không hài lòng.</summary>
    Unsatisfied = 3,
}
