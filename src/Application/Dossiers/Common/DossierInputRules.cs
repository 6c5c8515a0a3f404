namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>Limits every dossier input shares, so that oversized input is a 400 and never reaches the database.</summary>
internal static class DossierInputRules
{
    public const int MaxText = 4000;
    public const int MaxFormFields = 200;

    /// <summary>
    /// A comment comes with its audience (<c>commentAudience</c>: Internal or Applicant) where the official chooses who reads
    /// it; without a comment the audience may be left out.
    /// </summary>
    public static void CommentAudienceRules<T>(this AbstractValidator<T> validator, Func<T, string?> comment, System.Linq.Expressions.Expression<Func<T, HanoiDvc.Domain.Dossiers.CommentAudience?>> audience)
    {
        validator.RuleFor(audience).NotNull().When(x => !string.IsNullOrWhiteSpace(comment(x)))
            .WithMessage(_ => HanoiDvc.Application.Common.Localization.Localized.Text(
                "Chọn ghi chú nội bộ (Internal) hoặc gửi người nộp hồ sơ (Applicant) cho nội dung đã nhập.",
                "Choose whether the comment is internal (Internal) or addressed to the applicant (Applicant)."));
        validator.RuleFor(audience).IsInEnum();
    }

    /// <summary>At most 200 values, keys of at most 50 characters, values of at most 4,000.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyDictionary<string, string?>?> FormValues<T>(this IRuleBuilder<T, IReadOnlyDictionary<string, string?>?> rule) =>
        rule.Must(values => values is null
                || (values.Count <= MaxFormFields && values.All(v => v.Key.Length is > 0 and <= 50 && (v.Value?.Length ?? 0) <= MaxText)))
            .WithMessage(_ => HanoiDvc.Application.Common.Localization.Localized.Text(
                "Biểu mẫu có quá nhiều trường hoặc giá trị quá dài.", "The form has too many fields or a value that is too long."));
}
