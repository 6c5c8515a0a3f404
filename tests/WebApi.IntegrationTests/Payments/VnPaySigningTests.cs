using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Infrastructure.Payments;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace HanoiDvc.WebApi.IntegrationTests.Payments;

/// <summary>The VNPay adapter against a vector computed outside .NET (Python's hmac and urllib.parse.quote_plus), so a shared mistake cannot hide.</summary>
public sealed class VnPaySigningTests
{
    private const string Secret = "integration-tests-vnpay-hash-secret-0123456789";

    // HMAC-SHA512(secret, sorted URL-encoded query), computed independently for the order below.
    private const string ExpectedHash =
        "0d05d8f1ba0885380624b76d9637d517f46b0bd0df3314663408a927c6de650327542a162185d1b6014fccdbe1ec990d3c2d95c6fa09ea9c1dcb36c21a634f01";

    private static VnPayGateway Gateway(bool sandbox = false) => new(
        Options.Create(new PaymentOptions { VnPay = new VnPayOptions { TmnCode = "HNDVCTST", HashSecret = Secret, ReturnPath = "/api/v1/payments/vnpay/return" }, Sandbox = new SandboxOptions { Enabled = sandbox } }),
        Options.Create(new PublicSiteOptions { BaseUrl = new Uri("https://dichvucong.hanoi.edu.vn") }));

    private static readonly PaymentOrder Order = new(
        "0191f0000000700080000000000000b1", 60_000, "Thanh toan phi ho so HN26A00042",
        new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 2, 1, 15, 0, TimeSpan.Zero), "127.0.0.1", "vn");

    [Test]
    public void ThePaymentUrl_CarriesVnPaysParameters_SignedAsTheIndependentVector()
    {
        var url = Gateway().CreatePaymentUrl(Order);
        var query = QueryHelpers.ParseQuery(url.Query);

        url.GetLeftPart(UriPartial.Path).ShouldBe("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html");
        query["vnp_Amount"].ToString().ShouldBe("6000000");
        query["vnp_CreateDate"].ToString().ShouldBe("20260302080000", "GMT+7");
        query["vnp_ExpireDate"].ToString().ShouldBe("20260302081500");
        query["vnp_ReturnUrl"].ToString().ShouldBe("https://dichvucong.hanoi.edu.vn/api/v1/payments/vnpay/return");
        query["vnp_SecureHash"].ToString().ShouldBe(ExpectedHash);
    }

    [Test]
    public void WithTheSandbox_TheSameSignedRequestGoesToTheBuiltInPage() =>
        Gateway(sandbox: true).CreatePaymentUrl(Order).GetLeftPart(UriPartial.Path).ShouldBe("https://dichvucong.hanoi.edu.vn/api/v1/payments/sandbox/pay");

    [Test]
    public void ACallback_VerifiesOnlyUntouched_AndReadsTheAmountInDong()
    {
        var signed = PaymentScenario.SignedResult("abc", 90_000, secret: Secret);
        var parameters = QueryHelpers.ParseQuery(signed).ToDictionary(p => p.Key, p => p.Value.ToString());

        var good = Gateway().ReadCallback(parameters);
        var tampered = Gateway().ReadCallback(new Dictionary<string, string>(parameters) { ["vnp_Amount"] = "100" });

        good.SignatureValid.ShouldBeTrue();
        good.AmountVnd.ShouldBe(90_000);
        good.Succeeded.ShouldBeTrue();
        tampered.SignatureValid.ShouldBeFalse();
    }
}
