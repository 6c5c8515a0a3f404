using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Infrastructure.Persistence.Seed;

/// <summary>
/// The shape of a catalogue seed file: <c>procedures/catalogue.json</c> (the catalogue in force, two-tier set-up) or
/// <c>procedures/catalogue-2019.json</c> (the historical 2019–2020 list of the three-tier set-up).
/// </summary>
/// <param name="Setup">The set-up the file is for (<c>two-tier</c> or <c>three-tier</c>).</param>
/// <param name="Historical">Whether the list is kept only to reproduce figures of the past.</param>
/// <param name="EffectiveFrom">The date from which the list applies, unless an entry says otherwise.</param>
/// <param name="Procedures">The entries.</param>
internal sealed record ProcedureSeedFile(string Setup, bool Historical, DateOnly EffectiveFrom, IReadOnlyList<ProcedureSeed> Procedures)
{
    /// <summary>The file of a set-up.</summary>
    public static string PathFor(string setup) =>
        setup == Application.Agencies.OrganisationOptions.ThreeTier ? "procedures/catalogue-2019.json" : "procedures/catalogue.json";
}

/// <summary>One catalogue entry with the published facts and where they were read (<see cref="Evidence"/>).</summary>
internal sealed record ProcedureSeed(
    string? Code,
    string Name,
    string NameEn,
    ProcedureField Field,
    string Level,
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
    EvidenceSeed Evidence,
    string? ReceivingBody = null,
    PaymentDue PaymentDue = PaymentDue.BeforeReception,
    bool? OnlinePayment = null,
    bool? OnlineResult = null,
    DecidingAuthority? DecidingAuthority = null,
    DateOnly? EffectiveFrom = null)
{
    // Named arguments: the seed's names are the catalogue file's (Level is the deciding level), not the constructor's.
    public ProcedureContent ToContent() => new(
        name: Name,
        nameEn: NameEn,
        field: Field,
        decidingLevelCode: Level,
        serviceLevel: (ServiceLevel)ServiceLevel,
        timeLimit: TimeLimit.Kind == "within-day"
            ? Domain.Procedures.TimeLimit.WithinDay(TimeOnly.Parse(TimeLimit.CutOff ?? "15:00", System.Globalization.CultureInfo.InvariantCulture), TimeLimit.ExtraDays ?? 0)
            : Domain.Procedures.TimeLimit.WorkingDays(TimeLimit.Days ?? 0, TimeLimit.ExtraDays ?? 0),
        fees: Fees,
        documents: Documents,
        applicantTypes: ApplicantTypes.Aggregate(Domain.Procedures.ApplicantTypes.None, (all, t) => all | Enum.Parse<ApplicantTypes>(t, ignoreCase: true)),
        resultType: ResultType,
        resultTypeEn: ResultTypeEn ?? string.Empty,
        legalBasis: LegalBasis,
        form: Form,
        steps: Steps,
        source: Source,
        paymentDue: PaymentDue,
        // Online payment only where the seed says so for a fee it lists (never assumed from the level).
        onlinePayment: OnlinePayment ?? false,
        onlineResult: OnlineResult,
        decidingAuthority: DecidingAuthority,
        receivingBody: ReceivingBody,
        evidence: new CatalogueEvidence(Evidence.Verified, Evidence.Missing ?? [], Evidence.ServiceLevelSource, TimeLimit.Source, Evidence.FeesSource, Evidence.DocumentsSource));
}

/// <summary>Where the entry's facts were read; <see cref="Missing"/> lists what was not (required unless verified).</summary>
internal sealed record EvidenceSeed(bool Verified, IReadOnlyList<string>? Missing, string? ServiceLevelSource, string? FeesSource, string? DocumentsSource);

/// <summary>A time limit and the record or provision that sets it.</summary>
internal sealed record TimeLimitSeed(string Kind, decimal? Days, string? CutOff, decimal? ExtraDays, string? Source = null);
