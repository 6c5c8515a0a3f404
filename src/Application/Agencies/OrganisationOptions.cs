namespace HanoiDvc.Application.Agencies;

/// <summary>
/// Configuration section <c>Organisation</c>: which set-up of local government the deployment runs —
/// <c>two-tier</c> (city and communes, in force since 1 July 2025) or <c>three-tier</c> (city, districts, communes:
/// the set-up of the 2019–2020 procedure seeds). It selects the agency tree and the deciding level of each procedure.
/// </summary>
public sealed class OrganisationOptions
{
    public const string Section = "Organisation";
    public const string TwoTier = "two-tier";
    public const string ThreeTier = "three-tier";

    public string Setup { get; set; } = TwoTier;
}
