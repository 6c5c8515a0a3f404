namespace HanoiDvc.Domain.Procedures;

/// <summary>One field of a procedure's online form, with its rules and bilingual texts.</summary>
public sealed record FormField(
    string Key,
    FormFieldType Type,
    string Label,
    string LabelEn,
    bool Required,
    string? Pattern = null,
    string? Help = null,
    string? HelpEn = null,
    decimal? Min = null,
    decimal? Max = null,
    int? MaxLength = null,
    bool Multiline = false,
    IReadOnlyList<FormFieldOption>? Options = null)
{
    /// <summary>
    /// The checks of this field's value, derived from the definition above: sent with the form so that the browser evaluates
    /// the very objects the server's validator evaluates. Not stored (derived on every read).
    /// </summary>
    public IReadOnlyList<FormFieldRule> Rules => FormRules.Of(this);
}
