using FluentValidation;

namespace HanoiDvc.Application.Dossiers.Commands.RequestSupplement;

internal sealed class RequestSupplementValidator : AbstractValidator<RequestSupplement>
{
    public RequestSupplementValidator()
    {
        RuleFor(x => x.Missing).NotEmpty();
        RuleForEach(x => x.Missing).NotEmpty().MaximumLength(500);
    }
}
