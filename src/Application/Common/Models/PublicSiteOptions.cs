namespace HanoiDvc.Application.Common.Models;

/// <summary>Configuration section <c>PublicSite</c>: where citizens reach the portal (printed as QR codes on documents).</summary>
public sealed class PublicSiteOptions
{
    public const string Section = "PublicSite";

    /// <summary>The portal's public address, e.g. <c>https://dichvucong.hanoi.edu.vn</c>.</summary>
    public Uri BaseUrl { get; set; } = new("http://127.0.0.1:5080");
}
