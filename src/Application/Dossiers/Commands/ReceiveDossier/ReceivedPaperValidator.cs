namespace HanoiDvc.Application.Dossiers.Commands.ReceiveDossier;

/// <summary>A paper recorded at reception: a name, original or copy, and a count of 1–99 (Mẫu số 01, Thông tư 01/2018/TT-VPCP).</summary>
internal sealed class ReceivedPaperValidator : AbstractValidator<ReceivedPaper>
{
    public ReceivedPaperValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(ReceivedPaper.NameMaxLength);
        RuleFor(x => x.Form).IsInEnum();
        RuleFor(x => x.Count).InclusiveBetween(1, 99);
    }
}
