using AutoMapper;
using HanoiDvc.Application.Procedures.Common;

namespace HanoiDvc.Application.Procedures.Commands.EditProcedure;

/// <summary>Changes the draft of a procedure, or starts a new draft version when only a published one exists.</summary>
[RequiresRole(Roles.SystemAdmin)]
public sealed record EditProcedure(Guid Id, ProcedureContentInput Content) : IRequest<ProcedureDetailDto>;

internal sealed class EditProcedureHandler(IAppDbContext db, IMapper mapper, TimeProvider clock) : IRequestHandler<EditProcedure, ProcedureDetailDto>
{
    public async Task<ProcedureDetailDto> Handle(EditProcedure request, CancellationToken cancellationToken)
    {
        var procedure = await db.Procedures.LoadAsync(request.Id, cancellationToken);
        var draft = procedure.Edit(request.Content.ToContent(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ProcedureDetailDto>(draft) with { NationalCode = procedure.NationalCode };
    }
}
