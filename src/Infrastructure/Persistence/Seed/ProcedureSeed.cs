using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Infrastructure.Persistence.Seed;

/// <summary>The shape of <c>procedures/catalogue.json</c>.</summary>
internal sealed record ProcedureSeedFile(IReadOnlyList<ProcedureSeed> Procedures);

internal sealed record ProcedureSeed(
    string? Code,
    string Name,
    string NameEn,
    ProcedureField Field,
    DecidingLevelSeed DecidingLevel,
    int ServiceLevel,
    TimeLimitSeed TimeLimit,
    IReadOnlyList<Fee> Fees,
    IReadOnlyList<RequiredDocument> Documents,
    IReadOnlyList<string> ApplicantTypes,
    string ResultType,
    string? ResultTypeEn,
    IReadOnlyList<string> LegalBasis,
    IReadOnlyList<WorkflowStep> Steps,
    IReadOnlyList<FormField> Form,
    string? Source,
    PaymentDue PaymentDue = PaymentDue.BeforeReception,
    bool? OnlinePayment = null,
    bool? OnlineResult = null,
    DecidingAuthoritySeed? DecidingAuthority = null)
{
    public ProcedureContent ToContent(string setup) => new(
        Name,
        NameEn,
        Field,
        setup == Application.Agencies.OrganisationOptions.ThreeTier ? DecidingLevel.ThreeTier : DecidingLevel.TwoTier,
        (ServiceLevel)ServiceLevel,
        TimeLimit.Kind == "within-day"
            ? Domain.Procedures.TimeLimit.WithinDay(TimeOnly.Parse(TimeLimit.CutOff ?? "15:00", System.Globalization.CultureInfo.InvariantCulture), TimeLimit.ExtraDays ?? 0)
            : Domain.Procedures.TimeLimit.WorkingDays(TimeLimit.Days ?? 0, TimeLimit.ExtraDays ?? 0),
        Fees,
        Documents,
        ApplicantTypes.Aggregate(Domain.Procedures.ApplicantTypes.None, (all, t) => all | Enum.Parse<ApplicantTypes>(t, ignoreCase: true)),
        ResultType,
        ResultTypeEn ?? string.Empty,
        LegalBasis,
        Form,
        Steps,
        Source,
        PaymentDue,
        // Online payment only where the seed says so for a fee it lists (never assumed from the level).
        OnlinePayment ?? false,
        OnlineResult,
        DecidingAuthority?.For(setup));
}

/// <summary>
/// "Cơ quan/người có thẩm quyền quyết định" with the provision naming it, per set-up (the deciding office may differ with
/// and without districts); a set-up without a confirmed record is left empty.
/// </summary>
internal sealed record DecidingAuthoritySeed(DecidingAuthorityEntry? ThreeTier, DecidingAuthorityEntry? TwoTier)
{
    public DecidingAuthority? For(string setup) =>
        (setup == Application.Agencies.OrganisationOptions.ThreeTier ? ThreeTier : TwoTier) is { } entry
            ? new DecidingAuthority(entry.Name, entry.NameEn, entry.LegalBasis)
            : null;
}

internal sealed record DecidingAuthorityEntry(string Name, string? NameEn, string LegalBasis);

internal sealed record DecidingLevelSeed(string ThreeTier, string TwoTier);

internal sealed record TimeLimitSeed(string Kind, decimal? Days, string? CutOff, decimal? ExtraDays);
