using AutoMapper;
using HanoiDvc.Application.Procedures.Common;

namespace HanoiDvc.Application.Procedures.Queries.GetProcedure;

/// <summary>The public detail of a listed procedure (its published version).</summary>
public sealed record GetProcedure(Guid Id) : IRequest<ProcedureDetailDto>;

internal sealed class GetProcedureHandler(IReadDbContext db, IMapper mapper) : IRequestHandler<GetProcedure, ProcedureDetailDto>
{
    public async Task<ProcedureDetailDto> Handle(GetProcedure request, CancellationToken cancellationToken)
    {
        var row = await CatalogueQueries.PublishedVersions(db)
            .Where(v => v.ProcedureId == request.Id)
            .Select(v => new { Version = v, Code = db.Procedures.Where(p => p.Id == v.ProcedureId).Select(p => p.NationalCode).Single() })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Procedure", request.Id);
        return mapper.Map<ProcedureDetailDto>(row.Version) with { NationalCode = row.Code };
    }
}
