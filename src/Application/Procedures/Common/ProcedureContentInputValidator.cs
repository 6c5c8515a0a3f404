using HanoiDvc.Application.Common.Localization;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Procedures.Common;

/// <summary>The shape of submitted procedure content; the domain re-checks its invariants.</summary>
internal sealed class ProcedureContentInputValidator : AbstractValidator<ProcedureContentInput>
{
    private static readonly string[] StepRoles = ["Receptionist", "Specialist", "Leader"];

    public ProcedureContentInputValidator(IAppDbContext db)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(500);
        RuleFor(x => x.NameEn).MaximumLength(500);
        RuleFor(x => x.Field).IsInEnum();
        // Nghị định 42/2022/NĐ-CP, Điều 11: information only (2), một phần (3), toàn trình (4).
        RuleFor(x => x.ServiceLevel).InclusiveBetween(2, 4);
        RuleFor(x => x.OnlinePayment).NotEqual(true).When(x => x.ServiceLevel == 2)
            .WithMessage(_ => Localized.Text("Thủ tục chỉ cung cấp thông tin trực tuyến không thanh toán trực tuyến.", "A procedure offered only as information takes no online payment."));
        RuleFor(x => x.OnlineResult).NotEqual(true).When(x => x.ServiceLevel == 2)
            .WithMessage(_ => Localized.Text("Thủ tục chỉ cung cấp thông tin trực tuyến không trả kết quả trực tuyến.", "A procedure offered only as information delivers no result online."));
        RuleFor(x => x.DecidingAuthority).MaximumLength(500);
        RuleFor(x => x.DecidingAuthorityEn).MaximumLength(500);
        RuleFor(x => x.DecidingAuthorityBasis).MaximumLength(1000)
            .NotEmpty().When(x => !string.IsNullOrWhiteSpace(x.DecidingAuthority))
            .WithMessage(_ => Localized.Text("Ghi căn cứ pháp lý (văn bản, điều) của cơ quan/người có thẩm quyền quyết định.", "Give the legal basis (document and article) of the deciding authority."));
        RuleFor(x => x.ResultType).NotEmpty().MaximumLength(500);
        RuleFor(x => x.ApplicantTypes).NotEmpty();
        RuleForEach(x => x.ApplicantTypes).IsInEnum().NotEqual(ApplicantTypes.None);
        RuleFor(x => x.DecidingLevelCode).NotEmpty()
            .MustAsync((code, ct) => db.AdministrativeLevels.AnyAsync(l => l.Code == code, ct))
            .WithMessage(_ => Localized.Text("Cấp giải quyết không tồn tại.", "This administrative level does not exist."));
        RuleFor(x => x.TimeLimit.Days).InclusiveBetween(0.5m, 365m).When(x => x.TimeLimit.Kind == TimeLimitKind.WorkingDays).OverridePropertyName("timeLimit.days");
        RuleFor(x => x.TimeLimit.CutOff).NotNull().When(x => x.TimeLimit.Kind == TimeLimitKind.WithinDay).OverridePropertyName("timeLimit.cutOff");
        RuleFor(x => x.TimeLimit.ExtraDays).GreaterThanOrEqualTo(0).OverridePropertyName("timeLimit.extraDays");

        RuleFor(x => x.Steps).NotEmpty()
            .Must(steps => Math.Abs(steps.Sum(s => s.Share) - 1m) <= 0.001m)
            .WithMessage(_ => Localized.Text("Tổng tỷ lệ thời gian của các bước phải bằng 1.", "The steps' shares of the time limit must add up to 1."));
        RuleForEach(x => x.Steps).ChildRules(step =>
        {
            step.RuleFor(s => s.Name).NotEmpty().MaximumLength(200);
            step.RuleFor(s => s.Role).Must(StepRoles.Contains)
                .WithMessage(_ => Localized.Text("Vai trò phải là Receptionist, Specialist hoặc Leader.", "The role must be Receptionist, Specialist or Leader."));
            step.RuleFor(s => s.Share).GreaterThan(0).LessThanOrEqualTo(1);
        });

        RuleFor(x => x.Form)
            .Must(form => form.Select(f => f.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count() == form.Count)
            .WithMessage(_ => Localized.Text("Mỗi trường của biểu mẫu phải có khóa riêng.", "Each form field needs its own key."));
        RuleForEach(x => x.Form).ChildRules(field =>
        {
            field.RuleFor(f => f.Key).NotEmpty().Matches("^[a-z][A-Za-z0-9]{0,49}$")
                .WithMessage(_ => Localized.Text("Khóa trường viết kiểu camelCase, không dấu.", "A field key is camelCase ASCII."));
            field.RuleFor(f => f.Label).NotEmpty().MaximumLength(200);
            field.RuleFor(f => f.LabelEn).NotEmpty().MaximumLength(200);
            field.RuleFor(f => f.Type).IsInEnum();
            field.RuleFor(f => f.Options).NotEmpty().When(f => f.Type == FormFieldType.Select);
        });

        RuleForEach(x => x.Documents).ChildRules(document =>
        {
            document.RuleFor(d => d.Name).NotEmpty().MaximumLength(500);
            document.RuleFor(d => d.Count).InclusiveBetween(1, 50);
            document.RuleFor(d => d.Template).Matches(@"^[a-z0-9][a-z0-9-]*\.(docx|doc|pdf|xlsx)$").When(d => d.Template is not null);
        });
        RuleForEach(x => x.Fees).ChildRules(fee =>
        {
            fee.RuleFor(f => f.Name).NotEmpty();
            fee.RuleFor(f => f.AmountVnd).GreaterThanOrEqualTo(0);
            fee.RuleFor(f => f.Rule).NotEmpty().When(f => f.AmountVnd is null);
            fee.RuleFor(f => f.CountField).MaximumLength(100);
            // Luật Phí và lệ phí 2015, Điều 4: a fee is charged only at the amount a named document sets.
            fee.RuleFor(f => f.LegalBasis).NotEmpty().When(f => f.AmountVnd > 0)
                .WithMessage(_ => Localized.Text("Ghi văn bản và điều quy định mức thu của khoản phí này.", "Give the document and article that set this fee's amount."));
            fee.RuleFor(f => f.LegalBasis).MaximumLength(1000);
        });
        RuleFor(x => x.ReceivingBody).MaximumLength(500);
        RuleFor(x => x.Evidence!).ChildRules(evidence =>
        {
            evidence.RuleFor(e => e.Missing).NotEmpty().When(e => !e.Verified)
                .WithMessage(_ => Localized.Text("Ghi những thông tin chưa được đối chiếu với bản công bố.", "Say which facts were not read in a published record."));
            evidence.RuleFor(e => e.Missing).Empty().When(e => e.Verified)
                .WithMessage(_ => Localized.Text("Thủ tục đã xác minh thì không còn thông tin thiếu.", "A verified entry has nothing missing."));
            evidence.RuleFor(e => e.ServiceLevelSource).NotEmpty().When(e => e.Verified);
            evidence.RuleFor(e => e.TimeLimitSource).NotEmpty().When(e => e.Verified);
            evidence.RuleFor(e => e.DocumentsSource).NotEmpty().When(e => e.Verified);
        }).When(x => x.Evidence is not null);
        RuleFor(x => x.PaymentDue).IsInEnum();
    }
}
