using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.UnitTests.Calendar;
using static HanoiDvc.Domain.UnitTests.Dossiers.DossierBuilder;

namespace HanoiDvc.Domain.UnitTests.Dossiers;

/// <summary>Who records the data a generated result prints, and when (the copy of a diploma's register entries, Thông tư 21/2019/TT-BGDĐT).</summary>
public sealed class DossierResultDataTests
{
    private static readonly DateTimeOffset Now = Vn.At(2026, 3, 3, 9, 0);
    private static readonly Dictionary<string, string?> Values = new() { ["diplomaNumber"] = " B0123456 ", ["placeOfBirth"] = "", ["registerNumber"] = "TN2023/1587" };

    [Test]
    public void TheAssignedSpecialist_RecordsTheData_WhileProcessing_TrimmedAndWithoutEmptyValues()
    {
        var dossier = InProcessing();
        dossier.CanRecordResultData(Specialist).ShouldBeTrue();

        dossier.RecordResultData(Specialist, Now, Values);

        dossier.ResultData.ShouldBe(new Dictionary<string, string> { ["diplomaNumber"] = "B0123456", ["registerNumber"] = "TN2023/1587" });
        dossier.ResultDataRecordedAt.ShouldBe(Now.ToUniversalTime());
    }

    [Test]
    public void TheDeskAndALeader_MayNotWhileTheSpecialistPreparesTheDraft()
    {
        var dossier = InProcessing();
        Should.Throw<DomainException>(() => dossier.RecordResultData(Receptionist, Now, Values)).Code.ShouldBe("dossier.not_allowed");
        Should.Throw<DomainException>(() => dossier.RecordResultData(Leader, Now, Values)).Code.ShouldBe("dossier.not_allowed");
    }

    [Test]
    public void ALeader_CorrectsTheData_WhileTheDraftAwaitsApproval_ButTheSpecialistNoLonger()
    {
        var dossier = AwaitingApproval();
        dossier.RecordResultData(Leader, Now, Values);
        dossier.ResultData["diplomaNumber"].ShouldBe("B0123456");
        Should.Throw<DomainException>(() => dossier.RecordResultData(Specialist, Now, Values)).Code.ShouldBe("dossier.not_allowed");
    }

    [Test]
    public void BeforeProcessing_NothingIsRecorded() =>
        Should.Throw<DomainException>(() => Received().RecordResultData(Specialist, Now, Values)).Code.ShouldBe("dossier.invalid_transition");

    [Test]
    public void AValueLongerThanTheLimit_IsRefused() =>
        Should.Throw<DomainException>(() => InProcessing().RecordResultData(Specialist, Now, new Dictionary<string, string?> { ["decision"] = new string('x', Dossier.ResultDataMaxLength + 1) }))
            .Code.ShouldBe("dossier.invalid_result_data");
}
