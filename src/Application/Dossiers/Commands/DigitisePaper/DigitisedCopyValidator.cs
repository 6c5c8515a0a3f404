using System.Globalization;

namespace HanoiDvc.Application.Dossiers.Commands.DigitisePaper;

/// <summary>The shape of a digitised copy's input, field by field; whether the dossier accepts it is the aggregate's rule.</summary>
internal abstract class DigitisedCopyValidator<T> : AbstractValidator<T>
    where T : IDigitisedCopyRequest
{
    private const string DateFormat = "yyyy-MM-dd";

    protected DigitisedCopyValidator()
    {
        RuleFor(x => x.Content).NotNull().OverridePropertyName("file");
        RuleFor(x => x.ClientFileName).MaximumLength(1000).OverridePropertyName("file");
        RuleFor(x => x.DocumentName).NotEmpty().MaximumLength(DigitisedPaper.DocumentNameMaxLength);
        RuleFor(x => x.IssuingBody).NotEmpty().MaximumLength(DigitisedPaper.IssuingBodyMaxLength);
        RuleFor(x => x.Number).MaximumLength(DigitisedPaper.NumberMaxLength);
        RuleFor(x => x.IssuedOn).NotEmpty().Must(BeADate).WithMessage("'{PropertyName}' is a date written yyyy-MM-dd.");
        RuleFor(x => x.ValidUntil).Must(BeADate).When(x => !string.IsNullOrWhiteSpace(x.ValidUntil)).WithMessage("'{PropertyName}' is a date written yyyy-MM-dd.");
        RuleFor(x => x.ValidUntil)
            .Must((x, until) => DateOf(until) >= DateOf(x.IssuedOn)).When(x => BeADate(x.IssuedOn) && !string.IsNullOrWhiteSpace(x.ValidUntil) && BeADate(x.ValidUntil))
            .WithMessage("A paper cannot expire before it is issued.");
    }

    /// <summary>The date of a field this validator accepted; null when it was left empty.</summary>
    public static DateOnly? DateOf(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static bool BeADate(string? value) => DateOf(value) is not null;
}

internal sealed class DigitisePaperValidator : DigitisedCopyValidator<DigitisePaper>;
