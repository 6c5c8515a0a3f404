using System.Globalization;

namespace HanoiDvc.Application.Common.Validation;

/// <summary>Picks the Vietnamese or English text of a message by the request's UI culture (Vietnamese by default).</summary>
public static class Localized
{
    public static string Text(string vietnamese, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : vietnamese;
}
