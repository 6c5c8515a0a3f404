namespace HanoiDvc.Dependencies.Tests;

/// <summary>
/// Evaluates an SPDX licence expression against a set of acceptable licences: <c>OR</c> needs one acceptable side,
/// <c>AND</c> both, parentheses group, and <c>WITH</c> exceptions go with their licence. Anything unparsable is not acceptable.
/// </summary>
internal static class SpdxExpression
{
    public static bool IsSatisfiedBy(string expression, IReadOnlySet<string> allowed)
    {
        var tokens = expression.Replace("(", " ( ", StringComparison.Ordinal).Replace(")", " ) ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var position = 0;
        var result = Or(tokens, ref position, allowed);
        return result == true && position == tokens.Length;
    }

    private static bool? Or(string[] tokens, ref int position, IReadOnlySet<string> allowed)
    {
        var result = And(tokens, ref position, allowed);
        while (result is not null && position < tokens.Length && Is(tokens[position], "OR"))
        {
            position++;
            var right = And(tokens, ref position, allowed);
            result = right is null ? null : result.Value || right.Value;
        }

        return result;
    }

    private static bool? And(string[] tokens, ref int position, IReadOnlySet<string> allowed)
    {
        var result = Term(tokens, ref position, allowed);
        while (result is not null && position < tokens.Length && Is(tokens[position], "AND"))
        {
            position++;
            var right = Term(tokens, ref position, allowed);
            result = right is null ? null : result.Value && right.Value;
        }

        return result;
    }

    private static bool? Term(string[] tokens, ref int position, IReadOnlySet<string> allowed)
    {
        if (position >= tokens.Length)
        {
            return null;
        }

        if (tokens[position] == "(")
        {
            position++;
            var inner = Or(tokens, ref position, allowed);
            if (position >= tokens.Length || tokens[position] != ")")
            {
                return null;
            }

            position++;
            return inner;
        }

        if (tokens[position] == ")" || Is(tokens[position], "OR") || Is(tokens[position], "AND"))
        {
            return null;
        }

        var licence = tokens[position++];
        if (position + 1 < tokens.Length && Is(tokens[position], "WITH"))
        {
            position += 2; // an exception only widens what the licence allows
        }

        return allowed.Contains(licence.TrimEnd('+'));
    }

    private static bool Is(string token, string keyword) => string.Equals(token, keyword, StringComparison.OrdinalIgnoreCase);
}
