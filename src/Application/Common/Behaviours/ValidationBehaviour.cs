namespace HanoiDvc.Application.Common.Behaviours;

/// <summary>
/// Runs every validator of the request before the handler. Validators run one after another: some query the
/// database, and the scoped DbContext is not thread-safe.
/// </summary>
internal sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var context = new ValidationContext<TRequest>(request);
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(context, cancellationToken);
            failures.AddRange(result.Errors);
        }

        return failures.Count == 0 ? await next() : throw new RequestValidationException(failures);
    }
}
