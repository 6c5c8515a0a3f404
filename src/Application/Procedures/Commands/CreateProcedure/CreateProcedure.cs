using AutoMapper;
using HanoiDvc.Application.Procedures.Common;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Procedures.Commands.CreateProcedure;

/// <summary>Adds a procedure to the catalogue as a draft (version 1), not yet visible to the public.</summary>
/// <param name="NationalCode">Code in the national catalogue, if assigned.</param>
/// <param name="Content">What the first version says.</param>
[RequiresRole(Roles.SystemAdmin)]
public sealed record CreateProcedure(string? NationalCode, ProcedureContentInput Content) : IRequest<ProcedureDetailDto>;

internal sealed class CreateProcedureHandler(IAppDbContext db, IMapper mapper, TimeProvider clock) : IRequestHandler<CreateProcedure, ProcedureDetailDto>
{
    public async Task<ProcedureDetailDto> Handle(CreateProcedure request, CancellationToken cancellationToken)
    {
        var procedure = Procedure.Create(request.NationalCode, request.Content.ToContent(), clock.GetUtcNow());
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ProcedureDetailDto>(procedure.Draft) with { NationalCode = procedure.NationalCode };
    }
}
