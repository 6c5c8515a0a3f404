using HanoiDvc.Application.Common.Localization;

namespace HanoiDvc.Application.Dossiers.Commands.RequestSupplement;

internal sealed class RequestSupplementValidator : AbstractValidator<RequestSupplement>
{
    public RequestSupplementValidator()
    {
        RuleFor(x => x.Items).NotEmpty()
            .When(x => x.Missing is not { Count: > 0 })
            .WithMessage(_ => Localized.Text("Liệt kê các giấy tờ, nội dung cần bổ sung, mỗi mục với lý do.", "List what is to be supplemented, each item with its reason."));
        RuleFor(x => x.Missing).Empty()
            .When(x => x.Items is { Count: > 0 })
            .WithMessage(_ => Localized.Text("Gửi danh sách mục kèm lý do (items) hoặc danh sách tên (missing), không gửi cả hai.", "Send either items with reasons or the names (missing), not both."));
        RuleForEach(x => x.Missing).NotEmpty().MaximumLength(500);
        RuleForEach(x => x.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Document).NotEmpty().MaximumLength(500);
            item.RuleFor(i => i.Reason).NotEmpty().MaximumLength(DossierInputRules.MaxText);
        });
    }
}
