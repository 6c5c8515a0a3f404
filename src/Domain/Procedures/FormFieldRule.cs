namespace HanoiDvc.Domain.Procedures;

/// <summary>
/// One check of a form field's value, as data: the API sends a field's rules with its form and the browser evaluates the
/// same objects the server's <see cref="Dossiers.FormDataValidator"/> evaluates, so the two cannot disagree. A blank value
/// fails only <see cref="FormRuleKind.Required"/>; otherwise the first rule, in list order, that fails gives the error.
/// </summary>
/// <param name="Kind">What is checked.</param>
/// <param name="Code">The error's stable code (see <see cref="Dossiers.FormDataError.Code"/>), which the SPA's dictionaries translate.</param>
/// <param name="Pattern">
/// <see cref="FormRuleKind.Pattern"/>: a regular expression the whole trimmed value must match, without flags, read the same
/// way by .NET (<c>RegexOptions.ECMAScript</c>) and JavaScript (<c>new RegExp('^(?:' + pattern + ')$')</c>).
/// </param>
/// <param name="Limit">
/// <see cref="FormRuleKind.MaxLength"/>: the most UTF-16 code units; <see cref="FormRuleKind.Min"/>, <see cref="FormRuleKind.Max"/>:
/// the bound, as an invariant decimal numeral compared exactly (never through floating point).
/// </param>
/// <param name="Values"><see cref="FormRuleKind.Options"/>: the allowed values, compared exactly.</param>
public sealed record FormFieldRule(FormRuleKind Kind, string Code, string? Pattern = null, string? Limit = null, IReadOnlyList<string>? Values = null);

/// <summary>The kinds of <see cref="FormFieldRule"/>.</summary>
public enum FormRuleKind
{
    /// <summary>The value may not be blank (after trimming white space).</summary>
    Required,

    /// <summary>The value names a file attached to the dossier; not checked where the dossier's files are not known (the desk).</summary>
    File,

    /// <summary>At most <see cref="FormFieldRule.Limit"/> characters (UTF-16 code units, as <c>string.Length</c> in both runtimes).</summary>
    MaxLength,

    /// <summary>The whole value matches <see cref="FormFieldRule.Pattern"/>.</summary>
    Pattern,

    /// <summary>A calendar date written yyyy-MM-dd (years 0001–9999).</summary>
    Date,

    /// <summary>A decimal numeral not below <see cref="FormFieldRule.Limit"/>; passes a value that is no numeral (a pattern rule refuses it).</summary>
    Min,

    /// <summary>A decimal numeral not above <see cref="FormFieldRule.Limit"/>; passes a value that is no numeral.</summary>
    Max,

    /// <summary>One of <see cref="FormFieldRule.Values"/>.</summary>
    Options,
}
