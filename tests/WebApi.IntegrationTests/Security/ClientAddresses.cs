using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Security;

/// <summary>
/// The in-memory test server has no network peer: a host built with <see cref="UsePeerFromHeader"/> takes each request's
/// peer address from the test header <see cref="PeerHeader"/>, before the application's own pipeline runs.
/// </summary>
internal static class ClientAddresses
{
    public const string PeerHeader = "X-Test-Peer";

    public static IWebHostBuilder UsePeerFromHeader(this IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, PeerFromHeader>());

    /// <summary>A GET from <paramref name="peer"/>, optionally naming a client in <c>X-Forwarded-For</c>.</summary>
    public static async Task<HttpResponseMessage> GetFromAsync(this HttpClient client, string path, string peer, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(PeerHeader, peer);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A JSON POST from <paramref name="peer"/>.</summary>
    public static async Task<HttpResponseMessage> PostFromAsync<T>(this HttpClient client, string path, string peer, T body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add(PeerHeader, peer);
        return await client.SendAsync(request);
    }

    private sealed class PeerFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[PeerHeader].ToString(), out var peer))
                {
                    context.Connection.RemoteIpAddress = peer;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
