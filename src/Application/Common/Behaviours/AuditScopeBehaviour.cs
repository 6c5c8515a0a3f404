using HanoiDvc.Application.Common.Auditing;

namespace HanoiDvc.Application.Common.Behaviours;

/// <summary>Names the running use case in the scope's <see cref="AuditScope"/>, so the audit records of its changes carry it.</summary>
internal sealed class AuditScopeBehaviour<TRequest, TResponse>(AuditScope scope) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var outer = scope.UseCase;
        scope.UseCase = typeof(TRequest).Name;
        try
        {
            return await next();
        }
        finally
        {
            scope.UseCase = outer;
        }
    }
}
