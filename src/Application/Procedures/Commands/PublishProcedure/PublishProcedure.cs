using AutoMapper;
using HanoiDvc.Application.Procedures.Common;

namespace HanoiDvc.Application.Procedures.Commands.PublishProcedure;

/// <summary>
/// Publishes the draft: it becomes what the public sees and what new dossiers use; the previous version is kept for existing
/// dossiers. With <paramref name="EffectiveFrom"/> after today (Hanoi time) the change is announced ahead: the draft waits as
/// the scheduled version and comes into force on that date.
/// </summary>
[RequiresRole(Roles.SystemAdmin)]
public sealed record PublishProcedure(Guid Id, DateOnly? EffectiveFrom = null) : IRequest<ProcedureDetailDto>;

internal sealed class PublishProcedureHandler(IAppDbContext db, IMapper mapper, TimeProvider clock) : IRequestHandler<PublishProcedure, ProcedureDetailDto>
{
    public async Task<ProcedureDetailDto> Handle(PublishProcedure request, CancellationToken cancellationToken)
    {
        var procedure = await db.Procedures.LoadAsync(request.Id, cancellationToken);
        var published = procedure.Publish(clock.GetUtcNow(), request.EffectiveFrom);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ProcedureDetailDto>(published) with { NationalCode = procedure.NationalCode };
    }
}
