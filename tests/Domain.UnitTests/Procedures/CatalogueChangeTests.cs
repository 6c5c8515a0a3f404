using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Procedures;
using static HanoiDvc.Domain.UnitTests.Procedures.ProcedureBuilder;

namespace HanoiDvc.Domain.UnitTests.Procedures;

/// <summary>A catalogue change is a version with an effective date; dossiers keep the version they were started on.</summary>
public sealed class CatalogueChangeTests
{
    private static readonly DateTimeOffset Noon = new(2026, 6, 30, 12, 0, 0, TimeSpan.FromHours(7));

    private static DateOnly Today => new(2026, 6, 30);

    [Test]
    public void AChangePublishedAhead_WaitsForItsDate_ThenSupersedesTheVersionInForce()
    {
        var procedure = Procedure.Create("1.012963", Content(), Noon.AddDays(-30));
        var first = procedure.Publish(Noon.AddDays(-30));
        procedure.Edit(Content(name: "Thành lập hoặc cho phép thành lập trường tiểu học"), Noon);

        var scheduled = procedure.Publish(Noon, effectiveFrom: Today.AddDays(1));

        scheduled.Status.ShouldBe(ProcedureVersionStatus.Scheduled);
        scheduled.EffectiveFrom.ShouldBe(Today.AddDays(1));
        procedure.Published.ShouldBe(first, "the version in force stays until the new one's date");
        procedure.ActivateScheduled(Noon.AddHours(11)).ShouldBeFalse("23:00 on 30 June is still before the date in Hanoi");

        procedure.ActivateScheduled(Noon.AddHours(12)).ShouldBeTrue("00:00 on 1 July in Hanoi");

        procedure.Published.ShouldBe(scheduled);
        first.Status.ShouldBe(ProcedureVersionStatus.Superseded);
        procedure.Scheduled.ShouldBeNull();
        procedure.ActivateScheduled(Noon.AddDays(2)).ShouldBeFalse("nothing waits any more");
    }

    [Test]
    public void PublishingWithoutADate_AppliesFromToday_AndADatePassedAppliesAtOnce()
    {
        var procedure = Procedure.Create(null, Content(), Noon);
        procedure.Publish(Noon).EffectiveFrom.ShouldBe(Today);

        procedure.Edit(Content(name: "Tên mới"), Noon);
        var backdated = procedure.Publish(Noon, effectiveFrom: new DateOnly(2025, 7, 1));

        backdated.Status.ShouldBe(ProcedureVersionStatus.Published);
        backdated.EffectiveFrom.ShouldBe(new DateOnly(2025, 7, 1));
    }

    [Test]
    public void OnlyOneChangeWaitsAtATime()
    {
        var procedure = Procedure.Create(null, Content(), Noon);
        procedure.Publish(Noon);
        procedure.Edit(Content(name: "Thay đổi thứ nhất"), Noon);
        procedure.Publish(Noon, Today.AddDays(10));
        procedure.Edit(Content(name: "Thay đổi thứ hai"), Noon);

        Should.Throw<DomainException>(() => procedure.Publish(Noon, Today.AddDays(20))).Code.ShouldBe("procedure.already_scheduled");
    }

    [Test]
    public void AnUnverifiedEntry_SaysWhatIsMissing_AndAVerifiedOne_NamesItsRecords()
    {
        var c = Content();
        ProcedureContent With(CatalogueEvidence evidence) => new(c.Name, c.NameEn, c.Field, c.DecidingLevelCode, c.ServiceLevel, c.TimeLimit, [],
            c.Documents, c.ApplicantTypes, c.ResultType, c.ResultTypeEn, c.LegalBasis, c.Form, c.Steps, c.Source, evidence: evidence);
        const string Record = "Cổng Dịch vụ công quốc gia, thủ tục 1.012963";

        Should.Throw<DomainException>(() => With(new CatalogueEvidence(false, [], null, null, null, null))).Message.ShouldContain("missing");
        Should.Throw<DomainException>(() => With(new CatalogueEvidence(true, ["mức độ"], Record, Record, Record, Record)));
        Should.Throw<DomainException>(() => With(new CatalogueEvidence(true, [], null, Record, Record, Record)));
        Should.Throw<DomainException>(() => With(new CatalogueEvidence(true, [], Record, Record, null, Record)))
            .Message.ShouldContain("no fee", customMessage: "a verified entry without fees says where 'không' was read");
        With(new CatalogueEvidence(true, [], Record, Record, Record, Record)).Evidence.Verified.ShouldBeTrue();
        c.Evidence.Verified.ShouldBeFalse("content made without evidence is unverified");
        c.Evidence.Missing.ShouldBe(CatalogueEvidence.Unstated.Missing, "…with its sources not stated");
    }
}
