using System.Security.Cryptography;
using System.Text;
using HanoiDvc.Domain.Dossiers;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>
/// The applicant id of a person without an account: one per person whichever way the dossier comes, keyed so that it does
/// not give the citizen ID away (Nghị định 13/2023/NĐ-CP, Điều 2 khoản 3: the citizen ID number is basic personal data).
/// </summary>
public sealed class ApplicantIdentityTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("test-applicant-identity-key-0123456789-abcdef");
    private static readonly byte[] OtherKey = Encoding.UTF8.GetBytes("another-applicant-identity-key-0123456789-xyz");

    [Test]
    public void ThePerson_IsTheSameApplicant_EveryTime_AndAnotherPersonIsAnother()
    {
        var id = ApplicantIdentity.ForUnregistered("001208077665", Key);

        ApplicantIdentity.ForUnregistered(" 001208077665 ", Key).ShouldBe(id);
        ApplicantIdentity.ForUnregistered("001208077666", Key).ShouldNotBe(id);
        id.Version.ShouldBe(8);
    }

    [Test]
    public void TheIdDependsOnTheDeploymentsKey_SoItIsNotAPlainHashOfTheCitizenId_NĐ13_2023_Điều2()
    {
        const string citizenId = "001208077665";
        var plain = SHA256.HashData(Encoding.UTF8.GetBytes($"hanoidvc:applicant:{citizenId}"))[..16];
        plain[6] = (byte)((plain[6] & 0x0F) | 0x80);
        plain[8] = (byte)((plain[8] & 0x3F) | 0x80);

        var id = ApplicantIdentity.ForUnregistered(citizenId, Key);

        id.ShouldNotBe(new Guid(plain, bigEndian: true), "anyone could try the 10^12 citizen IDs against a plain hash");
        ApplicantIdentity.ForUnregistered(citizenId, OtherKey).ShouldNotBe(id);
    }

    [TestCase("12345")]
    [TestCase("00120807766a")]
    public void NotACitizenId_IsRefused(string citizenId) =>
        Should.Throw<ArgumentException>(() => ApplicantIdentity.ForUnregistered(citizenId, Key));

    [Test]
    public void AShortKey_IsRefused() =>
        Should.Throw<ArgumentException>(() => ApplicantIdentity.ForUnregistered("001208077665", new byte[16]));
}
