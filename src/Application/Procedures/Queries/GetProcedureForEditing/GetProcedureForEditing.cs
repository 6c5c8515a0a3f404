using AutoMapper;
using HanoiDvc.Application.Procedures.Common;

namespace HanoiDvc.Application.Procedures.Queries.GetProcedureForEditing;

/// <summary>
/// The version an administrator edits: the draft if there is one, else the version waiting for its effective date, else the
/// published version (listed or not).
/// </summary>
/// <param name="Id">The procedure's id.</param>
[RequiresRole(Roles.SystemAdmin)]
public sealed record GetProcedureForEditing(Guid Id) : IRequest<ProcedureDetailDto>;

internal sealed class GetProcedureForEditingHandler(IAppDbContext db, IMapper mapper) : IRequestHandler<GetProcedureForEditing, ProcedureDetailDto>
{
    public async Task<ProcedureDetailDto> Handle(GetProcedureForEditing request, CancellationToken cancellationToken)
    {
        var procedure = await db.Procedures.LoadAsync(request.Id, cancellationToken);
        var version = procedure.Draft ?? procedure.Scheduled ?? procedure.Published ?? procedure.Versions.MaxBy(v => v.Number)!;
        return mapper.Map<ProcedureDetailDto>(version) with { NationalCode = procedure.NationalCode };
    }
}
