using HanoiDvc.Application.Common.Models;

namespace HanoiDvc.Application.Results;

/// <summary>Where a result's code is checked: the public page <c>/xac-minh/{code}</c> of the portal (what the QR code holds).</summary>
public static class ResultUrls
{
    /// <summary>The verification page for <paramref name="code"/> (stored form), with the code printed in groups.</summary>
    public static Uri VerificationPage(PublicSiteOptions site, string code)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new Uri(site.BaseUrl, $"/xac-minh/{ResultVerificationCode.Format(code)}");
    }
}
