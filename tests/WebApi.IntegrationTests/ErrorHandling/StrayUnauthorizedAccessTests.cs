using System.Net;
using HanoiDvc.Application.Agencies.Queries.GetAgencies;
using MediatR;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.ErrorHandling;

/// <summary>
/// .NET's <see cref="UnauthorizedAccessException"/> means the process may not touch a file, not that the caller should sign
/// in: it is a fault (500 without internals), never a 401.
/// </summary>
public sealed class StrayUnauthorizedAccessTests
{
    private const string Path = "/var/lib/hanoidvc/files/ab/cdef";

    [Test]
    public async Task AnUnauthorizedAccessException_IsA500Problem_WithoutItsMessageOrStack_NotA401()
    {
        await using var host = ApiHost.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddScoped(typeof(IPipelineBehavior<,>), typeof(FileAccessRefusedOnAgencies<,>))));
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/agencies", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Headers.WwwAuthenticate.ShouldBeEmpty();
        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ReadProblemAsync();
        problem.GetProperty("status").GetInt32().ShouldBe(500);
        problem.TryGetProperty("detail", out _).ShouldBeFalse();
        problem.GetProperty("code").GetString().ShouldBe("server.error");
        body.ShouldNotContain(Path);
        body.ShouldNotContain("UnauthorizedAccessException");
        body.ShouldNotContain("   at ");
    }

    /// <summary>Test only: the agencies' use case fails as if the file system refused a read.</summary>
    private sealed class FileAccessRefusedOnAgencies<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
        where TRequest : notnull
    {
        public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
            request is GetAgencies ? throw new UnauthorizedAccessException($"Access to the path '{Path}' is denied.") : next();
    }
}
