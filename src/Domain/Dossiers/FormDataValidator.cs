using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// Checks a dossier's form values against the procedure version's form fields, so the API and the aggregate apply the
/// same rules with the same messages. Blank values count as absent.
/// </summary>
public static class FormDataValidator
{
    /// <summary>The key of <see cref="Exception.Data"/> under which <c>dossier.invalid_form</c> carries its errors.</summary>
    public const string ErrorsDataKey = "errors";

    /// <summary>Every error in <paramref name="values"/>: unknown keys first, then the fields in form order. Empty when valid.</summary>
    /// <param name="fields">The form's fields.</param>
    /// <param name="values">The values by field key.</param>
    /// <param name="fileReferences">
    /// The references of the files attached to the dossier (see <see cref="FileReferencesOf"/>): a <see cref="FormFieldType.File"/>
    /// field's value must be one of them. Null: file fields are not checked (at the desk the paper is checked by hand).
    /// </param>
    public static IReadOnlyList<FormDataError> Validate(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string?> values, IReadOnlySet<string>? fileReferences = null)
    {
        var known = fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var errors = values.Keys.Where(key => !known.Contains(key)).Order(StringComparer.Ordinal).Select(Unknown).ToList();
        foreach (var field in fields)
        {
            var error = Check(field, values.GetValueOrDefault(field.Key), fileReferences);
            if (error is not null)
            {
                errors.Add(error);
            }
        }

        return errors;
    }

    /// <summary>Throws <c>dossier.invalid_form</c> with the errors in <see cref="Exception.Data"/> (read them with <see cref="ErrorsOf"/>) when there are any.</summary>
    /// <exception cref="DomainException"><c>dossier.invalid_form</c>.</exception>
    public static void EnsureValid(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string?> values, IReadOnlySet<string>? fileReferences = null) =>
        ThrowIfAny(Validate(fields, values, fileReferences));

    /// <summary>
    /// What a file field may hold to name an attached file: its id (what the portal stores), its SHA-256 or its file name
    /// (what an integrator knows before the files are attached). Compared without regard to case.
    /// </summary>
    public static IReadOnlySet<string> FileReferencesOf(IEnumerable<DossierAttachment> attachments) =>
        attachments.SelectMany(a => new[] { a.Id.ToString(), a.Sha256, a.FileName }).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The form errors carried by a <c>dossier.invalid_form</c> exception; empty for any other exception.</summary>
    public static IReadOnlyList<FormDataError> ErrorsOf(Exception exception) =>
        exception?.Data[ErrorsDataKey] as IReadOnlyList<FormDataError> ?? [];

    internal static void ThrowIfAny(IReadOnlyList<FormDataError> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        var summary = string.Join("; ", errors.Select(e => $"{e.Key}: {e.MessageEn}"));
        var exception = new DomainException("dossier.invalid_form", $"The form has {errors.Count} error(s): {summary}", ErrorKind.Validation);
        exception.Data[ErrorsDataKey] = errors;
        throw exception;
    }

    /// <summary>The code of the error for a mandatory document with no file attached.</summary>
    public const string MissingDocumentCode = "missing_document";

    internal static FormDataError MissingDocument(int index, RequiredDocument document) =>
        new($"documents[{index}]", MissingDocumentCode, $"Chưa đính kèm: {document.Name}.", $"Not attached yet: {document.NameEn}.");

    internal static FormDataError Unknown(string key) =>
        new(key, "unknown", "Trường này không có trong biểu mẫu.", "This field is not part of the form.");

    /// <summary>The error of the first of <paramref name="field"/>'s <see cref="FormField.Rules"/> the value fails, in the words the SPA's dictionaries also hold.</summary>
    private static FormDataError? Check(FormField field, string? value, IReadOnlySet<string>? fileReferences) =>
        FormRuleCheck.FirstFailure(field.Rules, value, fileReferences) is { } rule ? Error(field, rule) : null;

    private static FormDataError Error(FormField field, FormFieldRule rule)
    {
        var (message, messageEn) = rule.Code switch
        {
            "required" => ("Trường này là bắt buộc.", "This field is required."),
            "file" => ("Chưa tải tệp lên hoặc tệp đã bị gỡ khỏi hồ sơ; hãy tải tệp lên.", "No file is uploaded, or it was removed from the dossier: upload a file."),
            "too_long" => ($"Tối đa {rule.Limit} ký tự.", $"At most {rule.Limit} characters."),
            "number" => ("Giá trị phải là một số.", "The value must be a number."),
            "min" => ($"Giá trị nhỏ nhất là {rule.Limit}.", $"The smallest value is {rule.Limit}."),
            "max" => ($"Giá trị lớn nhất là {rule.Limit}.", $"The largest value is {rule.Limit}."),
            "date" => ("Ngày phải có dạng yyyy-MM-dd.", "A date is written yyyy-MM-dd."),
            "option" => ("Giá trị không nằm trong danh sách lựa chọn.", "The value is not one of the options."),
            "citizen_id" => ("Số định danh cá nhân (CCCD) gồm 12 chữ số.", "A citizen ID has 12 digits."),
            "phone" => ("Số điện thoại di động không hợp lệ (0xxxxxxxxx hoặc +84xxxxxxxxx).", "Not a Vietnamese mobile number (0xxxxxxxxx or +84xxxxxxxxx)."),
            "email" => ("Địa chỉ thư điện tử không hợp lệ.", "Not an email address."),
            _ => ("Giá trị không đúng định dạng.", "The value does not have the expected format."),
        };
        return new(field.Key, rule.Code, $"{field.Label}: {message}", $"{field.LabelEn}: {messageEn}");
    }
}
