using HanoiDvc.Application.Dossiers.Commands.RecordResultData;
using HanoiDvc.Application.Dossiers.Common;
using HanoiDvc.Application.Dossiers.Queries.GetResultData;

namespace HanoiDvc.WebApi.Endpoints;

/// <summary>The data a generated result prints (e.g. the diploma's number for a copy from the original register), recorded by the officials.</summary>
internal static class ResultDataEndpoints
{
    public static void MapResultDataEndpoints(this IEndpointRouteBuilder app)
    {
        var data = app.MapGroup("/api/v1/dossiers/{id:guid}/result-data").WithTags("Results").RequireAuthorization(Policies.Authenticated)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        data.MapGet("/", GetResultData).WithName(nameof(GetResultData))
            .WithSummary("The fields the procedure's result template prints, their values and whether the caller may record them")
            .WithDescription("Officials of the agencies handling the dossier. `hasTemplate` is false when the leader uploads the result (nothing to record). Labels are "
                + "the legal form's; until something is recorded, values start from the applicant's answers.");
        data.MapPut("/", RecordResultData).WithName(nameof(RecordResultData))
            .WithSummary("Record the result data (the assigned specialist while processing; a leader of the deciding agency until the return)")
            .WithDescription("Replaces the recorded values. Each key must be a field of the template; dates `yyyy-MM-dd`, numbers whole, choices by value. Errors are "
                + "400 with `values.<key>`; the generated result prints these values.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }

    public static async Task<Ok<ResultDataDto>> GetResultData(IMediator mediator, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetResultData(id), cancellationToken));

    /// <param name="mediator">Use-case dispatcher.</param>
    /// <param name="id">The dossier.</param>
    /// <param name="body">The values per field key.</param>
    /// <param name="cancellationToken">Request abort.</param>
    public static async Task<Ok<ResultDataDto>> RecordResultData(IMediator mediator, Guid id, ResultDataRequest body, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RecordResultData(id, body.Values ?? new Dictionary<string, string?>()), cancellationToken));
}

/// <summary>The body of <c>PUT /dossiers/{id}/result-data</c>.</summary>
/// <param name="Values">Value per field key of the result template.</param>
public sealed record ResultDataRequest(Dictionary<string, string?>? Values);
