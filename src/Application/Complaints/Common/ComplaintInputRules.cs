using HanoiDvc.Application.Common.Validation;
using HanoiDvc.Domain.Complaints;

namespace HanoiDvc.Application.Complaints.Common;

/// <summary>The shapes of a complaint's fields, shared by the validators of both ways of filing one.</summary>
internal static class ComplaintInputRules
{
    /// <summary>The complaint's words: <see cref="Complaint.ContentMinLength"/> to <see cref="Complaint.ContentMaxLength"/> characters once trimmed.</summary>
    public static IRuleBuilderOptions<T, string> ComplaintContent<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(c => c is null || c.Trim().Length >= Complaint.ContentMinLength).WithMessage(_ => HanoiDvc.Application.Common.Localization.Localized.Text(
                $"Nội dung phản ánh, kiến nghị cần ít nhất {Complaint.ContentMinLength} ký tự.", $"The complaint needs at least {Complaint.ContentMinLength} characters."))
            .MaximumLength(Complaint.ContentMaxLength);

    /// <summary>An optional e-mail and phone, each checked when given.</summary>
    public static void OptionalContacts<T>(this AbstractValidator<T> validator, Func<T, string?> email, Func<T, string?> phone)
    {
        validator.RuleFor(x => email(x)!).ValidEmail().MaximumLength(Complaint.EmailMaxLength).OverridePropertyName("ContactEmail").When(x => !string.IsNullOrWhiteSpace(email(x)));
        validator.RuleFor(x => phone(x)!).ValidPhone().OverridePropertyName("ContactPhone").When(x => !string.IsNullOrWhiteSpace(phone(x)));
    }

    /// <summary>An answer or the reasons for closing: required, at most <see cref="Complaint.AnswerMaxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string> AnswerText<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => HanoiDvc.Application.Common.Localization.Localized.Text("Cần nhập nội dung.", "Enter the text."))
            .MaximumLength(Complaint.AnswerMaxLength);
}
