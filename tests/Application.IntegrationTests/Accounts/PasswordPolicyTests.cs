using HanoiDvc.Application.Common.Security;

namespace HanoiDvc.Application.IntegrationTests.Accounts;

/// <summary>The password policy on generated inputs: list entries in any disguise are common, random passwords are not, identifiers are found however they were typed.</summary>
public sealed class PasswordPolicyTests
{
    private const string Decorations = "0123456789!@#$%^&*.-_ ";

    private static readonly IReadOnlyList<string> Listed = ReadList();

    [Test]
    public void EveryListedPassword_IsCommon_WhateverItsCaseAndTheDigitsOrPunctuationAroundIt()
    {
        var random = new Random(2026);
        foreach (var word in Listed)
        {
            var disguised = Decorate(random, RandomCase(random, word), random.Next(0, 3)) + Decorate(random, string.Empty, random.Next(0, 6));
            PasswordPolicy.IsCommon(disguised).ShouldBeTrue($"{word} as {disguised}");
        }
    }

    [TestCase("Password12")]
    [TestCase("Matkhau@2026")]
    [TestCase("Qwerty123456")]
    [TestCase("ILoveYou2026!")]
    [TestCase("Ab1234567890")]
    [TestCase("2026!!Hanoi")]
    public void WellKnownPatterns_AreCommon(string password) => PasswordPolicy.IsCommon(password).ShouldBeTrue();

    [Test]
    public void RandomPasswords_AreNotCommon()
    {
        var random = new Random(7);
        const string letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        for (var i = 0; i < 2000; i++)
        {
            var core = new string([.. Enumerable.Range(0, random.Next(8, 20)).Select(_ => letters[random.Next(letters.Length)])]);
            var password = core[..4] + random.Next(10, 99) + core[4..] + random.Next(0, 9999);
            PasswordPolicy.IsCommon(password).ShouldBeFalse(password);
        }
    }

    [Test]
    public void AnIdentifierAnywhereInThePassword_InAnyCase_IsPersonalData()
    {
        var random = new Random(11);
        for (var i = 0; i < 500; i++)
        {
            var citizenId = "001" + random.NextInt64(100_000_000, 999_999_999);
            var userName = "can.bo" + random.Next(100, 999);
            var phone = "09" + random.Next(10_000_000, 99_999_999);
            var typedPhone = $"+84 {phone[1..4]} {phone[4..7]} {phone[7..]}";
            var filler = "Xy" + random.Next(1000, 9999) + "Zw";
            var at = random.Next(filler.Length + 1);

            PasswordPolicy.ContainsPersonalData(filler.Insert(at, citizenId), citizenId, typedPhone, userName).ShouldBeTrue(citizenId);
            PasswordPolicy.ContainsPersonalData(filler.Insert(at, RandomCase(random, userName)), citizenId, typedPhone, userName).ShouldBeTrue(userName);
            PasswordPolicy.ContainsPersonalData(filler.Insert(at, phone), citizenId, typedPhone, userName).ShouldBeTrue(typedPhone);
            PasswordPolicy.ContainsPersonalData(filler.Insert(at, userName + "@x"), $"{userName}@example.vn").ShouldBeTrue("the e-mail's local part");
            PasswordPolicy.ContainsPersonalData(filler, citizenId, typedPhone, userName).ShouldBeFalse(filler);
        }
    }

    [Test]
    public void ShortOrMissingIdentifiers_AreIgnored() =>
        PasswordPolicy.ContainsPersonalData("Ha-Noi-Mua-Thu-2026", "ha", null, string.Empty, "Noi", "026").ShouldBeFalse();

    private static string RandomCase(Random random, string text) =>
        string.Concat(text.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : c));

    private static string Decorate(Random random, string text, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => Decorations[random.Next(Decorations.Length)])) + text;

    private static List<string> ReadList()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("HanoiDvc.Application.common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }
}
