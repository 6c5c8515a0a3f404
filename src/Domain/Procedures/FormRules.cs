using System.Globalization;

namespace HanoiDvc.Domain.Procedures;

/// <summary>
/// The rules of a form field (<see cref="FormField.Rules"/>), built from its definition in the order they are checked:
/// required, then for a file field the file reference; otherwise the length, the type's shape, then the field's own pattern.
/// </summary>
public static class FormRules
{
    /// <summary>
    /// The white space of .NET's <c>\s</c> and <c>char.IsWhiteSpace</c>, as a character-class body both regex engines read
    /// the same way (JavaScript's <c>\s</c> also holds U+FEFF, .NET's ECMAScript <c>\s</c> only ASCII).
    /// </summary>
    public const string WhiteSpaceClass = @"\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000";

    /// <summary>A decimal numeral: optional sign, digits and at most one point (no exponent, no group separators).</summary>
    public const string NumberPattern = @"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)";

    /// <summary>Nghị định 137/2015/NĐ-CP, Điều 13: a personal identification number (the CCCD number) is 12 digits.</summary>
    public const string CitizenIdPattern = "[0-9]{12}";

    /// <summary>A Vietnamese mobile number (0 or +84, then a 3/5/7/8/9 prefix and 8 digits).</summary>
    public const string PhonePattern = @"(?:0|\+84)[35789][0-9]{8}";

    /// <summary>An e-mail address: a local part of at most 64 characters, a domain with a dot and a top-level name of two or more.</summary>
    public const string EmailPattern = "[^@" + WhiteSpaceClass + "]{1,64}@[^@" + WhiteSpaceClass + "]+\\.[^@." + WhiteSpaceClass + "]{2,}";

    /// <summary>The rules of <paramref name="field"/>, in the order they are checked.</summary>
    public static IReadOnlyList<FormFieldRule> Of(FormField field)
    {
        var rules = new List<FormFieldRule>();
        if (field.Required)
        {
            rules.Add(new(FormRuleKind.Required, "required"));
        }

        if (field.Type == FormFieldType.File)
        {
            // Nghị định 45/2020/NĐ-CP, Điều 9 khoản 2: an online dossier's papers are electronic files the applicant uploads;
            // a file field holds the reference of a file attached to this dossier, never free text.
            rules.Add(new(FormRuleKind.File, "file"));
            return rules;
        }

        if (field.MaxLength is { } maxLength)
        {
            rules.Add(new(FormRuleKind.MaxLength, "too_long", Limit: maxLength.ToString(CultureInfo.InvariantCulture)));
        }

        rules.AddRange(TypeRules(field));
        if (!string.IsNullOrEmpty(field.Pattern))
        {
            rules.Add(new(FormRuleKind.Pattern, "pattern", Pattern: Portable(field.Pattern)));
        }

        return rules;
    }

    /// <summary>
    /// An administrator's pattern written so that .NET (ECMAScript) and JavaScript read it alike: <c>.</c> outside a class
    /// becomes "any character but a line end" as JavaScript has it, <c>\s</c> and <c>\S</c> become <see cref="WhiteSpaceClass"/>.
    /// </summary>
    public static string Portable(string pattern)
    {
        var portable = new System.Text.StringBuilder(pattern.Length);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                portable.Append(next switch
                {
                    's' => inClass ? WhiteSpaceClass : $"[{WhiteSpaceClass}]",
                    'S' when !inClass => $"[^{WhiteSpaceClass}]",
                    _ => $"\\{next}",
                });
                continue;
            }

            inClass = c == '[' || (inClass && c != ']');
            portable.Append(c == '.' && !inClass ? @"[^\n\r\u2028\u2029]" : c.ToString());
        }

        return portable.ToString();
    }

    private static IEnumerable<FormFieldRule> TypeRules(FormField field)
    {
        switch (field.Type)
        {
            case FormFieldType.Number:
                yield return new(FormRuleKind.Pattern, "number", Pattern: NumberPattern);
                if (field.Min is { } min)
                {
                    yield return new(FormRuleKind.Min, "min", Limit: min.ToString(CultureInfo.InvariantCulture));
                }

                if (field.Max is { } max)
                {
                    yield return new(FormRuleKind.Max, "max", Limit: max.ToString(CultureInfo.InvariantCulture));
                }

                break;
            case FormFieldType.Date:
                yield return new(FormRuleKind.Date, "date");
                break;
            case FormFieldType.Select:
                yield return new(FormRuleKind.Options, "option", Values: field.Options?.Select(o => o.Value).ToList() ?? []);
                break;
            case FormFieldType.CitizenId:
                yield return new(FormRuleKind.Pattern, "citizen_id", Pattern: CitizenIdPattern);
                break;
            case FormFieldType.Phone:
                yield return new(FormRuleKind.Pattern, "phone", Pattern: PhonePattern);
                break;
            case FormFieldType.Email:
                yield return new(FormRuleKind.Pattern, "email", Pattern: EmailPattern);
                break;
        }
    }
}
