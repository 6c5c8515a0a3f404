using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HanoiDvc.TestSupport;

/// <summary>
/// A PostgreSQL cluster of one test's own (<c>scripts/postgres.sh --throwaway</c> on a free port, in a temporary folder),
/// for tests that stop and start the server: the shared test cluster must stay up. Disposing stops it and deletes it.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"hanoidvc-test-pg-{Guid.NewGuid():N}");

    private PrivatePostgres(int port) => Port = port;

    public int Port { get; }

    /// <summary>Connection string of the server (no database).</summary>
    public string Server => $"Host=127.0.0.1;Port={Port};Username=postgres";

    /// <summary>Creates the cluster on a port nobody listens on and starts it.</summary>
    public static async Task<PrivatePostgres> StartNewAsync()
    {
        var postgres = new PrivatePostgres(FreePort());
        await postgres.StartAsync();
        return postgres;
    }

    public Task StartAsync() => RunAsync("start");

    /// <summary>A fast shutdown: open connections are terminated (57P01), as in a restart or a failover.</summary>
    public Task StopAsync() => RunAsync("stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task RunAsync(string command)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot(), "scripts", "postgres.sh"))
        {
            ArgumentList = { command, "--dir", _directory, "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--throwaway" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run scripts/postgres.sh.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"postgres.sh {command} failed ({process.ExitCode}): {await output} {await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HanoiDvc.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No HanoiDvc.sln above {AppContext.BaseDirectory}.");
    }
}
