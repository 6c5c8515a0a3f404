using HanoiDvc.Application.Common.Models;

namespace HanoiDvc.Application.Dossiers.Queries.GetMyDossiers;

internal sealed class GetMyDossiersValidator : AbstractValidator<GetMyDossiers>
{
    public GetMyDossiersValidator() => Include(new PagingValidator());
}
