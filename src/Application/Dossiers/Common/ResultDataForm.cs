using System.Globalization;
using HanoiDvc.Application.Common.Localization;
using FluentValidation.Results;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>The data a generated result prints, as the officials' form shows them: its fields, their values and who may change them.</summary>
/// <param name="HasTemplate">Whether the procedure's result is generated from a template (otherwise the leader uploads it and there is nothing to record).</param>
/// <param name="DocumentType">What the generated result is.</param>
/// <param name="Source">The legal form the template reproduces (document and article).</param>
/// <param name="CanEdit">Whether the caller may record the data now (the assigned specialist while processing, a leader of the deciding agency before the return).</param>
/// <param name="RecordedAt">When the data were last recorded; null while nothing was recorded (the values are then the applicant's form answers).</param>
/// <param name="Fields">The fields with their current values.</param>
public sealed record ResultDataDto(bool HasTemplate, string? DocumentType, string? Source, bool CanEdit, DateTimeOffset? RecordedAt, IReadOnlyList<ResultDataFieldDto> Fields);

/// <summary>One field of the result data.</summary>
/// <param name="Key">Its key (the name of errors: <c>values.{key}</c>).</param>
/// <param name="Label">Vietnamese label (the legal form's wording).</param>
/// <param name="LabelEn">English label.</param>
/// <param name="Type">text, date, number or select.</param>
/// <param name="Required">Needed before the result can be generated.</param>
/// <param name="MaxLength">Longest text.</param>
/// <param name="Min">Smallest number.</param>
/// <param name="Max">Largest number.</param>
/// <param name="Options">The choices of a select field.</param>
/// <param name="Value">The recorded value, or before anything is recorded the applicant's answer it starts from.</param>
public sealed record ResultDataFieldDto(
    string Key, string Label, string LabelEn, ResultFieldType Type, bool Required, int? MaxLength, int? Min, int? Max,
    IReadOnlyList<ResultFieldOption>? Options, string? Value);

/// <summary>Reading, checking and printing the result data of a dossier against its procedure's result template.</summary>
internal static class ResultDataForm
{
    /// <summary>The dossier (tracked when <paramref name="track"/>) and the template of its procedure's result, if any; 404 outside the caller's scope.</summary>
    public static async Task<(Dossier Dossier, ResultTemplate? Template)> LoadAsync(
        IAppDbContext db, ICurrentUser user, IResultTemplates templates, Guid dossierId, bool track, CancellationToken cancellationToken)
    {
        var query = db.Dossiers.Visible(user).Include(d => d.Result);
        var dossier = await (track ? query : query.AsNoTracking()).SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken)
            ?? throw DossierAccess.NotFound(dossierId);
        var name = await db.ProcedureVersions.AsNoTracking().Where(v => v.Id == dossier.ProcedureVersionId).Select(v => v.Name).SingleAsync(cancellationToken);
        return (dossier, templates.Find(name));
    }

    public static ResultDataDto Describe(Dossier dossier, ResultTemplate? template, ICurrentUser user, DateOnly today)
    {
        if (template is null)
        {
            return new ResultDataDto(false, null, null, false, null, []);
        }

        var recorded = dossier.ResultDataRecordedAt is not null;
        var fields = (template.Fields ?? []).Select(f => new ResultDataFieldDto(
            f.Key, f.Label, f.LabelEn, f.Type, f.Required, f.MaxLength, f.Min, Max(f, today.Year), f.Options,
            recorded ? dossier.ResultData.GetValueOrDefault(f.Key) : Prefilled(dossier, f))).ToList();
        var canEdit = user.UserId is not null && dossier.CanRecordResultData(DossierActors.From(user));
        return new ResultDataDto(true, template.DocumentType, template.Source, canEdit, dossier.ResultDataRecordedAt, fields);
    }

    /// <summary>
    /// Checks <paramref name="values"/> against the template's fields: no unknown key, required ones present, texts within their
    /// length, dates real and not in the future, numbers whole and in range, choices among the options. 400 with <c>values.{key}</c>.
    /// </summary>
    public static Dictionary<string, string?> Check(ResultTemplate template, IReadOnlyDictionary<string, string?> values, DateOnly today)
    {
        var fields = (template.Fields ?? []).ToDictionary(f => f.Key, StringComparer.Ordinal);
        var errors = new List<ValidationFailure>();
        void Fail(string key, string vi, string en) => errors.Add(new ValidationFailure($"values.{key}", Localized.Text(vi, en)));

        foreach (var key in values.Keys.Where(k => !fields.ContainsKey(k)))
        {
            Fail(key, "Mẫu kết quả không có trường này.", "The result template has no such field.");
        }

        var clean = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in fields.Values)
        {
            var value = values.GetValueOrDefault(field.Key)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (field.Required)
                {
                    Fail(field.Key, $"Nhập {field.Label.ToLower(CultureInfo.GetCultureInfo("vi-VN"))}.", $"Enter the {field.LabelEn.ToLowerInvariant()}.");
                }

                continue;
            }

            var max = Max(field, today.Year);
            switch (field.Type)
            {
                case ResultFieldType.Text when value.Length > (field.MaxLength ?? Dossier.ResultDataMaxLength):
                    Fail(field.Key, $"Tối đa {field.MaxLength ?? Dossier.ResultDataMaxLength} ký tự.", $"At most {field.MaxLength ?? Dossier.ResultDataMaxLength} characters.");
                    break;
                case ResultFieldType.Date when !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                    Fail(field.Key, "Ngày không hợp lệ (năm-tháng-ngày).", "Not a valid date (year-month-day).");
                    break;
                case ResultFieldType.Date when DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture) > today:
                    Fail(field.Key, "Ngày không thể ở tương lai.", "The date cannot be in the future.");
                    break;
                case ResultFieldType.Number when !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                    || (field.Min is { } min && number < min) || (max is { } top && number > top):
                    Fail(field.Key, $"Nhập số nguyên từ {field.Min} đến {max}.", $"Enter a whole number from {field.Min} to {max}.");
                    break;
                case ResultFieldType.Select when field.Options?.Any(o => o.Value == value) != true:
                    Fail(field.Key, "Chọn một giá trị trong danh sách.", "Choose one of the listed values.");
                    break;
                default:
                    clean[field.Key] = value;
                    break;
            }
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        return clean;
    }

    /// <summary>The values as the template prints them (dates as dd/MM/yyyy, choices by label); every field present, missing ones null (printed as the blank).</summary>
    public static Dictionary<string, string?> Printable(Dossier dossier, ResultTemplate template) =>
        (template.Fields ?? []).ToDictionary(f => f.Key, f =>
        {
            var value = dossier.ResultData.GetValueOrDefault(f.Key);
            return value is null ? null : f.Type switch
            {
                ResultFieldType.Date when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) =>
                    d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                ResultFieldType.Select => f.Options?.FirstOrDefault(o => o.Value == value)?.Label ?? value,
                _ => value,
            };
        }, StringComparer.Ordinal);

    /// <summary>The required fields not recorded yet.</summary>
    public static IReadOnlyList<ResultField> Missing(Dossier dossier, ResultTemplate template) =>
        [.. (template.Fields ?? []).Where(f => f.Required && string.IsNullOrWhiteSpace(dossier.ResultData.GetValueOrDefault(f.Key)))];

    private static int? Max(ResultField field, int year) => field.MaxIsCurrentYear ? year : field.Max;

    /// <summary>The applicant's answer a field starts from (a chosen option by its value, as the field stores it).</summary>
    private static string? Prefilled(Dossier dossier, ResultField field) =>
        field.Prefill is { } key ? dossier.FormData.GetValueOrDefault(key) : null;
}
