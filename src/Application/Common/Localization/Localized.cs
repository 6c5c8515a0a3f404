using System.Globalization;

namespace HanoiDvc.Application.Common.Localization;

/// <summary>Picks the Vietnamese (default) or English text of a message by the request's UI culture.</summary>
public static class Localized
{
    /// <summary>English when the current UI culture is English, Vietnamese otherwise.</summary>
    public static string Text(string vietnamese, string english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? english : vietnamese;
}
