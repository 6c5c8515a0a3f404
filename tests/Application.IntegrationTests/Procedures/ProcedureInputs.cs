using HanoiDvc.Application.Procedures.Commands.CreateProcedure;
using HanoiDvc.Application.Procedures.Commands.PublishProcedure;
using HanoiDvc.Application.Procedures.Common;
using HanoiDvc.Domain.Procedures;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Procedures;

/// <summary>Valid procedure content for tests, with one thing changed at a time.</summary>
internal static class ProcedureInputs
{
    public static ProcedureContentInput Content(
        string name = "Đăng ký dự thi đánh giá năng lực thử nghiệm",
        string level = "commune",
        ProcedureField field = ProcedureField.ExamsAdmissions,
        int serviceLevel = 4,
        ApplicantTypes applicant = ApplicantTypes.School) => new()
        {
            Name = name,
            NameEn = "Registering for a pilot aptitude test",
            Field = field,
            DecidingLevelCode = level,
            ServiceLevel = serviceLevel,
            TimeLimit = new TimeLimitInput { Kind = TimeLimitKind.WorkingDays, Days = 5 },
            Fees = [TestSupport.LawfulFees.VerificationOfOne()],
            Documents = [new RequiredDocument("Đơn đăng ký", "Registration form", DocumentForm.Original, 1, true, null)],
            ApplicantTypes = [applicant],
            ResultType = "Giấy xác nhận",
            ResultTypeEn = "Confirmation",
            LegalBasis = ["Thông tư thử nghiệm"],
            Form = [new FormField("fullName", FormFieldType.Text, "Họ và tên", "Full name", true, MaxLength: 100)],
            Steps = [new WorkflowStep("Tiếp nhận", "Reception", "Receptionist", 0.25m), new WorkflowStep("Xử lý", "Processing", "Specialist", 0.75m)],
            Source = "Test",
        };

    public static async Task<Guid> PublishedAsync(ProcedureContentInput content)
    {
        var created = await SendAsync(new CreateProcedure(null, content));
        await SendAsync(new PublishProcedure(created.Id));
        return created.Id;
    }
}
