using HanoiDvc.Application.Common.Localization;

namespace HanoiDvc.Application.Payments.Commands.StartPayment;

internal sealed class StartPaymentValidator : AbstractValidator<StartPayment>
{
    public StartPaymentValidator()
    {
        RuleFor(x => x.PayerIp).NotEmpty().MaximumLength(45);
        RuleFor(x => x.Locale).Must(l => l is null or "vn" or "en")
            .WithMessage(_ => Localized.Text("Ngôn ngữ là vn hoặc en.", "The locale is vn or en."));
    }
}
