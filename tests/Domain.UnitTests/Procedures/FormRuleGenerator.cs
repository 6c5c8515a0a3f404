using System.Globalization;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.UnitTests.Procedures;

/// <summary>Random form fields and values for the form-rule properties; one seed gives one case, the same on every run.</summary>
internal static class FormRuleGenerator
{
    public const string AttachedFile = "0190a3c2-7f00-7000-8000-000000000001";

    private static readonly string[] Patterns =
        ["[A-Z]{2}[0-9]{3}", "[0-9]{4}", "^0[0-9]{3}$", @"\w+", @"\d+", "[a-zà-ỹđ ]+", "(?:ab|cd)*", "[^ ]+", "x?y{1,2}", "Đ.c"];

    private static readonly decimal[] Bounds = [-10m, -2.5m, 0m, 1m, 5m, 100m, 1000000.75m];

    private static readonly string[] OptionValues = ["a", "b", "Đại học", "10"];

    private static readonly string[] Samples =
        ["0912345678", "+84912345678", "001208012345", "an@example.vn", "cường@trường.vn", "2024-02-29", "AB123", "1234", "Đức", AttachedFile];

    /// <summary>Characters that tell the runtimes apart: white space of one and not the other, other scripts' digits, combining marks, a surrogate pair.</summary>
    private static readonly string[] Alphabet =
    [
        "0", "1", "5", "9", "a", "A", "b", "x", "y", "z", "Đ", "đ", "ứ", "ơ", " ", ".", ",", "+", "-", "@", "_", "\t", "\n", "\r",
        "\u00a0", "\u0085", "\ufeff", "\u200b", "\u3000", "\u2028", "\u0301", "٣", "３", "😀", "e\u0301",
    ];

    public static (FormField Field, string? Value, IReadOnlySet<string>? Files) Case(int seed)
    {
        var random = new Random(seed);
        var type = Pick(random, Enum.GetValues<FormFieldType>());
        var number = type == FormFieldType.Number;
        var field = new FormField(
            $"field{seed & 0xffff}", type, $"Trường {seed & 0xff}", $"Field {seed & 0xff}", random.Next(2) == 0,
            Pattern: random.Next(3) == 0 ? Pick(random, Patterns) : null,
            Min: number && random.Next(2) == 0 ? Pick(random, Bounds) : null,
            Max: number && random.Next(2) == 0 ? Pick(random, Bounds) : null,
            MaxLength: random.Next(3) == 0 ? random.Next(1, 15) : null,
            Options: type == FormFieldType.Select ? OptionValues.Where(_ => random.Next(2) == 0).Select(v => new FormFieldOption(v, v, v)).ToList() : null);
        var files = random.Next(3) == 0 ? null : new HashSet<string>([AttachedFile], StringComparer.OrdinalIgnoreCase);
        return (field, Value(random), files);
    }

    private static string? Value(Random random)
    {
        var value = random.Next(7) switch
        {
            0 => null,
            1 => Numeral(random),
            2 => $"{random.Next(0, 10001):0000}-{random.Next(0, 14):00}-{random.Next(0, 33):00}",
            3 => Pick(random, Samples),
            4 => Pick(random, OptionValues),
            5 => Pick(random, Samples).ToUpperInvariant(),
            _ => string.Concat(Enumerable.Range(0, random.Next(0, 14)).Select(_ => Pick(random, Alphabet))),
        };
        return value is not null && random.Next(4) == 0 ? Pick(random, Alphabet[^12..]) + value + Pick(random, [" ", "\t", "\u00a0", "\u0085"]) : value;
    }

    private static string Numeral(Random random)
    {
        var digits = string.Concat(Enumerable.Range(0, random.Next(0, 35)).Select(_ => random.Next(10).ToString(CultureInfo.InvariantCulture)));
        var sign = Pick(random, ["", "", "-", "+"]);
        return random.Next(3) switch
        {
            0 => sign + digits,
            1 => sign + digits + "." + random.Next(0, 1000).ToString(CultureInfo.InvariantCulture),
            _ => sign + "." + digits,
        };
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
