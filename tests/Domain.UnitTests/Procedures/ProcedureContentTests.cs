using HanoiDvc.Domain.Common;
using HanoiDvc.Domain.Procedures;
using static HanoiDvc.Domain.UnitTests.Procedures.ProcedureBuilder;

namespace HanoiDvc.Domain.UnitTests.Procedures;

public sealed class ProcedureContentTests
{
    [Test]
    public void StepShares_ThatDoNotAddUpToOne_AreRefused()
    {
        WorkflowStep[] steps = [new("Tiếp nhận", "Reception", "Receptionist", 0.2m), new("Xử lý", "Processing", "Specialist", 0.7m)];

        Should.Throw<DomainException>(() => Content(steps: steps)).Code.ShouldBe("procedure.invalid_content");
    }

    [Test]
    public void AFormWithTheSameKeyTwice_IsRefused()
    {
        FormField[] form = [new("email", FormFieldType.Email, "Email", "Email", true), new("Email", FormFieldType.Text, "E", "E", false)];

        Should.Throw<DomainException>(() => Content(form: form)).Message.ShouldContain("Email");
    }

    [Test]
    public void ASelectWithoutOptions_IsRefused()
    {
        FormField[] form = [new("kind", FormFieldType.Select, "Loại", "Kind", true)];

        Should.Throw<DomainException>(() => Content(form: form)).Code.ShouldBe("procedure.invalid_content");
    }

    [Test]
    public void NoApplicantType_IsRefused() =>
        Should.Throw<DomainException>(() => Content(applicants: ApplicantTypes.None)).Code.ShouldBe("procedure.invalid_content");

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(366)]
    public void WorkingDayLimits_OutsideOneTo365_AreRefused(decimal days) =>
        Should.Throw<DomainException>(() => TimeLimit.WorkingDays(days)).Code.ShouldBe("procedure.invalid_time_limit");

    [Test]
    public void TimeLimits_AreStoredAsWorkingHours_DaysTimesEight()
    {
        TimeLimit.WorkingDays(15).WorkingHours.ShouldBe(120);
        TimeLimit.WorkingDays(0.5m).WorkingHours.ShouldBe(4);
        TimeLimit.WithinDay(new TimeOnly(15, 0)).WorkingHours.ShouldBe(8);
    }
}
