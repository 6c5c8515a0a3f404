using HanoiDvc.Application.Procedures.Common;

namespace HanoiDvc.Application.Procedures.Queries.GetProcedureTemplate;

/// <summary>A template that the published version of a listed procedure offers for one of its documents.</summary>
public sealed record GetProcedureTemplate(Guid ProcedureId, string FileName) : IRequest<TemplateFile>;

/// <summary>A template to send: its name, media type and content.</summary>
public sealed record TemplateFile(string FileName, string ContentType, Stream Content);

internal sealed class GetProcedureTemplateHandler(IReadDbContext db, IDocumentTemplates templates) : IRequestHandler<GetProcedureTemplate, TemplateFile>
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".doc"] = "application/msword",
        [".pdf"] = "application/pdf",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public async Task<TemplateFile> Handle(GetProcedureTemplate request, CancellationToken cancellationToken)
    {
        var content = await CatalogueQueries.PublishedVersions(db)
            .Where(v => v.ProcedureId == request.ProcedureId)
            .Select(v => v.Content)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Procedure", request.ProcedureId);

        // Only names the procedure itself lists can be served: the request never names a path.
        var offered = content.Documents.Any(d => string.Equals(d.Template, request.FileName, StringComparison.Ordinal));
        var stream = offered ? templates.Open(request.FileName) : null;
        if (stream is null || !ContentTypes.TryGetValue(Path.GetExtension(request.FileName), out var contentType))
        {
            stream?.Dispose();
            throw new NotFoundException("Template", request.FileName);
        }

        return new TemplateFile(request.FileName, contentType, stream);
    }
}
