using HanoiDvc.Domain.Procedures;
using HanoiDvc.Infrastructure.Persistence.Seed;

namespace HanoiDvc.Application.IntegrationTests.Procedures;

/// <summary>
/// Reads every entry of both catalogue seeds, as the seeder does, and holds each to the rule that a legal fact carries its
/// source: a level of Nghị định 42/2022/NĐ-CP, Điều 11 with the record it was read in, a time limit with its source, a fee
/// only with the document that sets it (Luật Phí và lệ phí 2015, Điều 4), and, unless verified, what is missing.
/// </summary>
public sealed class CatalogueSeedTests
{
    private static readonly ServiceLevel[] Decree42Levels = [ServiceLevel.InformationOnly, ServiceLevel.Partial, ServiceLevel.Full];

    private static ProcedureSeedFile Read(string setup) =>
        SeedResources.ReadAsync<ProcedureSeedFile>(ProcedureSeedFile.PathFor(setup), CancellationToken.None).GetAwaiter().GetResult();

    [TestCase("two-tier")]
    [TestCase("three-tier")]
    public void EveryEntry_NamesItsSource_ItsLevelIsOneOfNghiDinh42_AndEveryFeeHasItsLegalBasis(string setup)
    {
        var file = Read(setup);
        file.Setup.ShouldBe(setup);

        var problems = new List<string>();
        foreach (var entry in file.Procedures)
        {
            void Problem(string what) => problems.Add($"{entry.Code ?? "(no code)"} {entry.Name}: {what}");
            if (string.IsNullOrWhiteSpace(entry.Source))
            {
                Problem("no source");
            }

            if (!Decree42Levels.Contains((ServiceLevel)entry.ServiceLevel))
            {
                Problem($"service level {entry.ServiceLevel} is not one of Nghị định 42/2022/NĐ-CP, Điều 11");
            }

            foreach (var fee in entry.Fees.Where(f => f.AmountVnd is > 0 && string.IsNullOrWhiteSpace(f.LegalBasis)))
            {
                Problem($"fee '{fee.Name}' of {fee.AmountVnd} đồng without its legal basis");
            }

            if (!entry.Evidence.Verified && (entry.Evidence.Missing ?? []).Count == 0)
            {
                Problem("unverified without saying what is missing");
            }

            if (string.IsNullOrWhiteSpace(entry.TimeLimit.Source))
            {
                Problem("time limit without its source");
            }

            if (!file.Historical && string.IsNullOrWhiteSpace(entry.Evidence.ServiceLevelSource))
            {
                Problem("service level without the record it was read in");
            }

            try
            {
                entry.ToContent();
            }
            catch (Domain.Common.DomainException e)
            {
                Problem(e.Message);
            }
        }

        problems.ShouldBeEmpty();
    }

    [Test]
    public void TheCatalogueInForce_HasNoDistrictLevel_NoOfferOfTheUpperSecondaryTransferHanoiRemoved_AndChargesNoFeeWithoutABasis()
    {
        var file = Read("two-tier");

        file.Historical.ShouldBeFalse();
        file.Procedures.Select(p => p.Level).Distinct().ShouldBe(["province", "commune"], ignoreOrder: true);
        // Hanoi removed the transfer of upper-secondary students from the Department's list on 11/5/2022 and delegated it to
        // principals (Quyết định 1257/QĐ-SGDĐT, 2023).
        file.Procedures.ShouldNotContain(p => p.Name == "Chuyển trường đối với học sinh trung học phổ thông");
        // Công văn 475/SGDĐT-VP: no fee for a copy of an upper-secondary diploma from the original register since 1/3/2024.
        var copy = file.Procedures.Single(p => p.Level == "province" && p.Name == "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc");
        copy.Fees.ShouldNotContain(f => f.AmountVnd > 0);
        copy.Evidence.FeesSource.ShouldNotBeNull().ShouldContain("475/SGDĐT-VP");
        file.Procedures.Where(p => p.Code is not null).GroupBy(p => (p.Code, p.Level)).ShouldAllBe(g => g.Count() == 1);
    }

    [Test]
    public void TheHistoricalList_KeepsTheSeedsDistrictAndCommuneProcedures_AndSaysItIsHistorical()
    {
        var file = Read("three-tier");

        file.Historical.ShouldBeTrue();
        file.Procedures.Count(p => p.Level == "district").ShouldBe(30);
        file.Procedures.Count(p => p.Level == "commune").ShouldBe(5);
        file.Procedures.Count(p => p.Level == "province").ShouldBe(47, "47 of the seeds' 65 Department procedures were found (SOURCES.md)");
    }
}
