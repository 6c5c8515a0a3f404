using FluentValidation;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>Limits every dossier input shares, so that oversized input is a 400 and never reaches the database.</summary>
internal static class DossierInputRules
{
    public const int MaxText = 4000;
    public const int MaxFormFields = 200;

    /// <summary>At most 200 values, keys of at most 50 characters, values of at most 4,000.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyDictionary<string, string?>?> FormValues<T>(this IRuleBuilder<T, IReadOnlyDictionary<string, string?>?> rule) =>
        rule.Must(values => values is null
                || (values.Count <= MaxFormFields && values.All(v => v.Key.Length is > 0 and <= 50 && (v.Value?.Length ?? 0) <= MaxText)))
            .WithMessage(_ => HanoiDvc.Application.Common.Localization.Localized.Text(
                "Biểu mẫu có quá nhiều trường hoặc giá trị quá dài.", "The form has too many fields or a value that is too long."));
}
