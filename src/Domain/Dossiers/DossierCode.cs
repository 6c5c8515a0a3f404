using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using HanoiDvc.Domain.Agencies;

namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// The dossier code of Thông tư 01/2018/TT-VPCP, Điều 19: <c>&lt;agency code&gt;-YYMMDD-XXXX</c>, the receiving agency's
/// identifier code, the local reception date and that agency's sequence of the day (0001–9999), e.g.
/// <c>000.00.12.H26-201028-0007</c>. The sequence comes from a database counter; this type only formats and checks it.
/// </summary>
public sealed record DossierCode
{
    /// <summary>The largest daily sequence four digits can hold.</summary>
    public const int MaxSequence = 9999;

    private DossierCode(AgencyCode agency, DateOnly receptionDate, int sequence)
    {
        Agency = agency;
        ReceptionDate = receptionDate;
        Sequence = sequence;
        Value = string.Create(CultureInfo.InvariantCulture, $"{agency.Value}-{receptionDate:yyMMdd}-{sequence:D4}");
    }

    /// <summary>The receiving agency's identifier code.</summary>
    public AgencyCode Agency { get; }

    /// <summary>The local (Asia/Ho_Chi_Minh) date of reception.</summary>
    public DateOnly ReceptionDate { get; }

    /// <summary>The agency's sequence of that day, 1–9999.</summary>
    public int Sequence { get; }

    /// <summary>The code as printed, e.g. <c>000.00.12.H26-201028-0007</c>.</summary>
    public string Value { get; }

    /// <summary>The code of the <paramref name="sequence"/>-th dossier received by <paramref name="agency"/> on <paramref name="receptionDateLocal"/>.</summary>
    /// <exception cref="DomainException"><c>dossier.invalid_code</c>: sequence outside 1–9999 or a date outside 2000–2099.</exception>
    public static DossierCode Create(AgencyCode agency, DateOnly receptionDateLocal, int sequence)
    {
        ArgumentNullException.ThrowIfNull(agency);
        if (sequence is < 1 or > MaxSequence)
        {
            throw Invalid($"The daily sequence is 1–{MaxSequence}, not {sequence}.");
        }

        if (receptionDateLocal.Year is < 2000 or > 2099)
        {
            throw Invalid($"A two-digit year cannot hold {receptionDateLocal:yyyy-MM-dd}.");
        }

        return new DossierCode(agency, receptionDateLocal, sequence);
    }

    /// <summary>Reads a printed code (surrounding spaces ignored, agency letters upper-cased).</summary>
    /// <exception cref="DomainException"><c>dossier.invalid_code</c>: not of the shape <c>000.00.00.H26-YYMMDD-XXXX</c>.</exception>
    public static DossierCode Parse(string value) =>
        TryParse(value, out var code) ? code : throw Invalid($"'{value}' is not a dossier code of the shape 000.00.00.H26-YYMMDD-XXXX.");

    /// <summary>Reads a printed code; false when it is not one.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out DossierCode? code)
    {
        code = null;
        var parts = value?.Trim().Split('-');
        if (parts is not [var agency, var date, var sequence] || !AgencyCode.IsValid(agency) || !IsDigits(date, 6) || !IsDigits(sequence, 4))
        {
            return false;
        }

        var number = int.Parse(sequence, CultureInfo.InvariantCulture);
        if (number < 1 || !TryDate(date, out var receptionDate))
        {
            return false;
        }

        code = new DossierCode(AgencyCode.Parse(agency), receptionDate, number);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    private static bool TryDate(string yymmdd, out DateOnly date)
    {
        var year = 2000 + int.Parse(yymmdd[..2], CultureInfo.InvariantCulture);
        var month = int.Parse(yymmdd[2..4], CultureInfo.InvariantCulture);
        var day = int.Parse(yymmdd[4..], CultureInfo.InvariantCulture);
        var valid = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        date = valid ? new DateOnly(year, month, day) : default;
        return valid;
    }

    private static bool IsDigits(string text, int length) => text.Length == length && text.All(char.IsAsciiDigit);

    private static DomainException Invalid(string message) => new("dossier.invalid_code", message);
}
