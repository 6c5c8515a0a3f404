using System.Text.RegularExpressions;

namespace HanoiDvc.Domain.Agencies;

/// <summary>
/// An agency identifier code per Thông tư 10/2016/TT-BTTTT, shape <c>V1V2V3.Z1Z2.Y1Y2.MX1X2</c>
/// (three digits, two digits, two digits, a letter and two digits), e.g. <c>000.00.12.H26</c> for a Hanoi unit.
/// </summary>
public sealed partial record AgencyCode
{
    private AgencyCode(string value) => Value = value;

    public string Value { get; }

    public static AgencyCode Parse(string value)
    {
        var candidate = value?.Trim().ToUpperInvariant() ?? string.Empty;
        return Shape().IsMatch(candidate)
            ? new AgencyCode(candidate)
            : throw new DomainException("agency.invalid_code", $"'{value}' is not an agency identifier code of the shape 000.00.00.H26.");
    }

    public static bool IsValid(string? value) => value is not null && Shape().IsMatch(value.Trim().ToUpperInvariant());

    public override string ToString() => Value;

    [GeneratedRegex(@"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")]
    private static partial Regex Shape();
}
