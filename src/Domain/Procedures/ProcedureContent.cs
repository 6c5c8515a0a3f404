namespace HanoiDvc.Domain.Procedures;

/// <summary>
/// Everything a version of a procedure says: what the public reads in the catalogue, the form the applicant fills,
/// and the workflow officials follow. Checked as a whole when created.
/// </summary>
public sealed record ProcedureContent
{
    public ProcedureContent(
        string name,
        string nameEn,
        ProcedureField field,
        string decidingLevelCode,
        ServiceLevel serviceLevel,
        TimeLimit timeLimit,
        IReadOnlyList<Fee> fees,
        IReadOnlyList<RequiredDocument> documents,
        ApplicantTypes applicantTypes,
        string resultType,
        string resultTypeEn,
        IReadOnlyList<string> legalBasis,
        IReadOnlyList<FormField> form,
        IReadOnlyList<WorkflowStep> steps,
        string? source,
        PaymentDue paymentDue = PaymentDue.BeforeReception,
        bool? onlinePayment = null,
        bool? onlineResult = null,
        DecidingAuthority? decidingAuthority = null,
        string? receivingBody = null,
        CatalogueEvidence? evidence = null)
    {
        Name = Required(name, "name");
        NameEn = string.IsNullOrWhiteSpace(nameEn) ? Name : nameEn.Trim();
        Field = field;
        DecidingLevelCode = Required(decidingLevelCode, "decidingLevelCode").ToLowerInvariant();
        ServiceLevel = Enum.IsDefined(serviceLevel) ? serviceLevel : throw Invalid("The service level is 2 (information only), 3 (một phần) or 4 (toàn trình).");
        TimeLimit = timeLimit;
        Fees = fees;
        Documents = documents;
        ApplicantTypes = applicantTypes != ApplicantTypes.None ? applicantTypes : throw Invalid("At least one applicant type may apply.");
        ResultType = Required(resultType, "resultType");
        ResultTypeEn = string.IsNullOrWhiteSpace(resultTypeEn) ? ResultType : resultTypeEn.Trim();
        LegalBasis = legalBasis;
        Form = form;
        Steps = steps;
        Source = source;
        PaymentDue = Enum.IsDefined(paymentDue) ? paymentDue : throw Invalid("Fees are due before reception or before the result.");
        // A version stored before these settings existed followed its level (level 4: fees and result online).
        OnlinePayment = onlinePayment ?? serviceLevel == ServiceLevel.Full;
        OnlineResult = onlineResult ?? serviceLevel == ServiceLevel.Full;
        DecidingAuthority = CheckAuthority(decidingAuthority);
        ReceivingBody = string.IsNullOrWhiteSpace(receivingBody) ? null : receivingBody.Trim();
        Evidence = (evidence ?? CatalogueEvidence.Unstated).Checked();
        CheckFeeSources(fees, Evidence);
        CheckOnlineSettings(serviceLevel, OnlinePayment.Value, OnlineResult.Value);
        CheckForm(form);
        CheckFees(fees, form);
        CheckSteps(steps);
    }

    public string Name { get; }

    public string NameEn { get; }

    public ProcedureField Field { get; }

    /// <summary>Code of the administrative level whose agencies decide (<c>province</c>, <c>district</c>, <c>commune</c>).</summary>
    public string DecidingLevelCode { get; }

    public ServiceLevel ServiceLevel { get; }

    public TimeLimit TimeLimit { get; }

    public IReadOnlyList<Fee> Fees { get; }

    public IReadOnlyList<RequiredDocument> Documents { get; }

    public ApplicantTypes ApplicantTypes { get; }

    public string ResultType { get; }

    public string ResultTypeEn { get; }

    public IReadOnlyList<string> LegalBasis { get; }

    public IReadOnlyList<FormField> Form { get; }

    public IReadOnlyList<WorkflowStep> Steps { get; }

    /// <summary>Where the content was published (decision number, portal record).</summary>
    public string? Source { get; }

    /// <summary>When the fees must be paid online, if <see cref="OnlinePayment"/>.</summary>
    public PaymentDue PaymentDue { get; }

    /// <summary>
    /// The setting "fees are paid online" of this version. Not tied to the level: a "một phần" procedure may take online
    /// payment (Nghị định 42/2022/NĐ-CP, Điều 11 khoản 1 defines the levels by the steps done online, not by payment).
    /// Never null once constructed (null in the constructor means: as the level said before the setting existed).
    /// </summary>
    public bool? OnlinePayment { get; }

    /// <summary>The setting "the result is delivered online" of this version (never null once constructed).</summary>
    public bool? OnlineResult { get; }

    /// <summary>The body or office holder the law names as deciding; null where not confirmed from a source.</summary>
    public DecidingAuthority? DecidingAuthority { get; }

    /// <summary>"Cơ quan/bộ phận tiếp nhận" as published (e.g. the public administration service centre); null where not read.</summary>
    public string? ReceivingBody { get; }

    /// <summary>Where the facts were read and what is missing (never null once constructed).</summary>
    public CatalogueEvidence Evidence { get; }

    /// <summary>Whether the applicant pays online (this version's setting).</summary>
    public bool OffersOnlinePayment => OnlinePayment == true;

    /// <summary>Whether the result is delivered online (this version's setting).</summary>
    public bool OffersOnlineResult => OnlineResult == true;

    /// <summary>Whether the procedure may be applied for online: not when only information is published (Nghị định 42/2022/NĐ-CP, Điều 11).</summary>
    public bool OffersOnlineApplication => ServiceLevel.OffersOnlineApplication();

    /// <summary>The total of the fees for <paramref name="formData"/> (fees without an amount count 0).</summary>
    public long AmountDueFor(IReadOnlyDictionary<string, string?> formData) => Fees.Sum(f => f.AmountFor(formData));

    private static void CheckOnlineSettings(ServiceLevel level, bool onlinePayment, bool onlineResult)
    {
        // Nghị định 42/2022/NĐ-CP, Điều 11: a procedure published only as information has no online service at all.
        if (!level.OffersOnlineApplication() && (onlinePayment || onlineResult))
        {
            throw Invalid("A procedure offered only as information (not online) takes no online payment and delivers no result online.");
        }
    }

    private static DecidingAuthority? CheckAuthority(DecidingAuthority? authority)
    {
        if (authority is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(authority.Name) || string.IsNullOrWhiteSpace(authority.LegalBasis))
        {
            throw Invalid("The deciding authority is published with the provision that names it.");
        }

        return new DecidingAuthority(authority.Name.Trim(), string.IsNullOrWhiteSpace(authority.NameEn) ? null : authority.NameEn.Trim(), authority.LegalBasis.Trim());
    }

    private static void CheckForm(IReadOnlyList<FormField> form)
    {
        var duplicate = form.GroupBy(f => f.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Invalid($"The form has the field '{duplicate.Key}' twice.");
        }

        if (form.Any(f => f.Type == FormFieldType.Select && (f.Options is null || f.Options.Count == 0)))
        {
            throw Invalid("A select field needs options.");
        }
    }

    private static void CheckFees(IReadOnlyList<Fee> fees, IReadOnlyList<FormField> form)
    {
        if (fees.Any(f => f.AmountVnd < 0))
        {
            throw Invalid("A fee's amount is not negative.");
        }

        // Luật Phí và lệ phí 2015, Điều 4: only the fees in the law's list, at the amount the competent authority set.
        var unfounded = fees.FirstOrDefault(f => f.IsCharged && string.IsNullOrWhiteSpace(f.LegalBasis));
        if (unfounded is not null)
        {
            throw Invalid($"The fee '{unfounded.Name}' names the document and article that set its amount (legalBasis).");
        }

        var unknown = fees.FirstOrDefault(f => f.CountField is not null && !form.Any(field => field.Key == f.CountField));
        if (unknown is not null)
        {
            throw Invalid($"The fee '{unknown.Name}' counts the field '{unknown.CountField}', which the form does not have.");
        }
    }

    private static void CheckFeeSources(IReadOnlyList<Fee> fees, CatalogueEvidence evidence)
    {
        // A verified entry without fees says where "không" (no fee) was read.
        if (evidence.Verified && !fees.Any(f => f.IsCharged) && string.IsNullOrWhiteSpace(evidence.FeesSource))
        {
            throw Invalid("A verified entry without a fee names the record that says no fee is owed.");
        }
    }

    private static void CheckSteps(IReadOnlyList<WorkflowStep> steps)
    {
        if (steps.Count == 0 || steps.Any(s => s.Share <= 0))
        {
            throw Invalid("The workflow needs at least one step, each with a positive share of the time limit.");
        }

        if (Math.Abs(steps.Sum(s => s.Share) - 1m) > 0.001m)
        {
            throw Invalid("The shares of the workflow steps add up to 1.");
        }
    }

    private static string Required(string value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw Invalid($"The procedure's {what} is required.") : value.Trim();

    private static DomainException Invalid(string message) => new("procedure.invalid_content", message);
}
