using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace HanoiDvc.Domain.Accounts;

/// <summary>
/// An organisation's tax code (mã số thuế, which is also the enterprise code): 10 digits for the organisation,
/// or 10 digits, a hyphen and 3 digits for a dependent unit or branch (e.g. <c>0101234567-001</c>).
/// </summary>
public sealed partial record OrganisationCode
{
    private OrganisationCode(string value) => Value = value;

    /// <summary>The code as written, e.g. <c>0101234567</c> or <c>0101234567-001</c>.</summary>
    public string Value { get; }

    /// <summary>Whether this identifies a branch or dependent unit (the 13-digit form).</summary>
    public bool IsBranch => Value.Length == 14;

    /// <summary>The 10-digit code of the organisation itself (the branch's parent for a branch).</summary>
    public string ParentCode => Value[..10];

    /// <summary>Reads a tax code; surrounding spaces are ignored.</summary>
    /// <exception cref="DomainException">Code <c>organisation_code.invalid</c> when it is not one.</exception>
    public static OrganisationCode Parse(string? value) =>
        TryParse(value, out var code)
            ? code
            : throw new DomainException("organisation_code.invalid", "A tax code has 10 digits, or 10 digits, a hyphen and 3 digits for a branch.");

    /// <summary>Reads a tax code without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out OrganisationCode? code)
    {
        var candidate = value?.Trim();
        code = candidate is not null && Shape().IsMatch(candidate) ? new OrganisationCode(candidate) : null;
        return code is not null;
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"^\d{10}(-\d{3})?$")]
    private static partial Regex Shape();
}
