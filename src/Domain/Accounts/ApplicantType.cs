namespace HanoiDvc.Domain.Accounts;

/// <summary>Who submits dossiers: a person, an organisation (enterprise, association…) or a school. Officials have none.</summary>
public enum ApplicantType
{
    /// <summary>A Vietnamese citizen identified by the 12-digit personal identification number.</summary>
    Citizen,

    /// <summary>An organisation identified by its tax code, acting through a representative.</summary>
    Organisation,

    /// <summary>An educational establishment identified by its tax code, acting through a representative.</summary>
    School,
}
