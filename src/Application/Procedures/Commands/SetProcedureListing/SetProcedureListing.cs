using HanoiDvc.Application.Procedures.Common;

namespace HanoiDvc.Application.Procedures.Commands.SetProcedureListing;

/// <summary>Shows (<paramref name="Listed"/> = true) or hides a procedure in the public catalogue.</summary>
[RequiresRole(Roles.SystemAdmin)]
public sealed record SetProcedureListing(Guid Id, bool Listed) : IRequest<Unit>;

internal sealed class SetProcedureListingHandler(IAppDbContext db) : IRequestHandler<SetProcedureListing, Unit>
{
    public async Task<Unit> Handle(SetProcedureListing request, CancellationToken cancellationToken)
    {
        var procedure = await db.Procedures.LoadAsync(request.Id, cancellationToken);
        if (request.Listed)
        {
            procedure.List();
        }
        else
        {
            procedure.Unlist();
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
