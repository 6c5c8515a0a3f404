using CsCheck;
using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>
/// Generated metadata of a digitised paper (any text, any dates): the dossier either records the copy, with the text trimmed,
/// or refuses it with <c>dossier.invalid_digitised_copy</c>; nothing else escapes, and a refused copy leaves nothing behind.
/// </summary>
public sealed class DossierDigitisationPropertyTests
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static readonly ScannedFile Scan = new("scan.pdf", "application/pdf", 2048, Hash);

    private static readonly Gen<string?> Text =
        Gen.OneOf(Gen.String[0, 400].Select(s => (string?)s), Gen.Const((string?)null), Gen.Const((string?)"   "));

    private static readonly Gen<DateOnly> Day = Gen.Int[0, 40_000].Select(d => DateOnly.FromDayNumber(730_000 + d));

    [Test]
    public void AnyMetadata_IsRecordedTrimmed_OrRefusedAsAnInvalidCopy() =>
        Gen.Select(Text, Text, Day, Gen.Bool, Day).Sample((body, number, issued, expires, until) =>
        {
            var dossier = AtTheCounter();
            var paper = new DigitisedPaper(CounterPaper, body!, number, issued, expires ? until : null);
            try
            {
                var copy = dossier.DigitisePaper(Receptionist, ReceivedAt, paper, Scan);
                copy.IssuingBody.ShouldBe(body!.Trim());
                copy.IssuingBody.ShouldNotBeEmpty();
                (copy.ValidUntil is null || copy.ValidUntil >= copy.IssuedOn).ShouldBeTrue();
            }
            catch (DomainException refused)
            {
                refused.Code.ShouldBe("dossier.invalid_digitised_copy");
                dossier.DigitisedCopies.ShouldBeEmpty();
            }
        });
}
