using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.UnitTests.Procedures;

/// <summary>Valid procedure content with one thing changed at a time.</summary>
internal static class ProcedureBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    public static ProcedureContent Content(
        string name = "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
        IReadOnlyList<WorkflowStep>? steps = null,
        IReadOnlyList<FormField>? form = null,
        ApplicantTypes applicants = ApplicantTypes.Citizen) =>
        new(
            name,
            "Issuing a copy of a diploma from the master register",
            ProcedureField.DiplomasCertificates,
            "province",
            ServiceLevel.Full,
            TimeLimit.WithinDay(new TimeOnly(15, 0), extraDays: 2),
            [new Fee("Phí cấp bản sao", "Copy fee", 0, null)],
            [new RequiredDocument("Đơn đề nghị", "Application", DocumentForm.Original, 1, true, "don-de-nghi.docx")],
            applicants,
            "Bản sao văn bằng",
            "Copy of the diploma",
            ["Thông tư 21/2019/TT-BGDĐT"],
            form ?? [new FormField("fullName", FormFieldType.Text, "Họ và tên", "Full name", Required: true, MaxLength: 100)],
            steps ?? [new WorkflowStep("Tiếp nhận", "Reception", "Receptionist", 0.2m), new WorkflowStep("Xử lý", "Processing", "Specialist", 0.8m)],
            "Quyết định 1234/QĐ-BGDĐT");
}
