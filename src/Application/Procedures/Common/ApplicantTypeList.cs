using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Procedures.Common;

/// <summary>Splits the stored flags into a list an API client can read.</summary>
internal static class ApplicantTypeList
{
    public static IReadOnlyList<ApplicantTypes> Of(ApplicantTypes flags) =>
        Enum.GetValues<ApplicantTypes>().Where(t => t != ApplicantTypes.None && flags.HasFlag(t)).ToArray();

    public static ApplicantTypes Combine(IEnumerable<ApplicantTypes> types) =>
        types.Aggregate(ApplicantTypes.None, (all, t) => all | t);
}
