using System.Net.Sockets;
using HanoiDvc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace HanoiDvc.WebApi.IntegrationTests.ErrorHandling;

/// <summary>Which exceptions mean "the database is out of reach" (503 <c>database.unavailable</c>) rather than a fault (500) or a conflict.</summary>
public sealed class DatabaseOutageTests
{
    private static readonly NpgsqlException Refused = new("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));

    private static IEnumerable<TestCaseData> Outages()
    {
        yield return new TestCaseData(Refused).SetName("Connection refused");
        yield return new TestCaseData(new RetryLimitExceededException("The maximum number of retries (3) was exceeded", Refused)).SetName("EF Core gave up retrying");
        yield return new TestCaseData(new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", Refused)).SetName("EF Core without a retrying strategy");
        yield return new TestCaseData(new DbUpdateException("An error occurred while saving the entity changes.", Refused)).SetName("A save that could not connect");
        yield return new TestCaseData(Postgres("57P01")).SetName("Server shutting down (admin_shutdown)");
        yield return new TestCaseData(Postgres("57P03")).SetName("Server starting up (cannot_connect_now)");
        yield return new TestCaseData(Postgres("53300")).SetName("Too many connections");
        yield return new TestCaseData(new NpgsqlException("Exception while reading from stream", new TimeoutException())).SetName("Timeout");
    }

    private static IEnumerable<TestCaseData> Faults()
    {
        yield return new TestCaseData(Postgres("3D000")).SetName("Database does not exist (a deployment mistake)");
        yield return new TestCaseData(Postgres("28P01")).SetName("Password refused");
        yield return new TestCaseData(Postgres("42P01")).SetName("Table missing");
        yield return new TestCaseData(new DbUpdateException("duplicate", Postgres("23505"))).SetName("Unique violation");
        yield return new TestCaseData(new InvalidOperationException("Sequence contains no elements")).SetName("A bug");
    }

    private static IEnumerable<TestCaseData> Conflicts()
    {
        yield return new TestCaseData(new DbUpdateException("duplicate", Postgres("23505"))).SetName("A value a unique index holds");
        yield return new TestCaseData(new DbUpdateConcurrencyException("stale")).SetName("A stale row version");
    }

    private static readonly DatabaseFailures Failures = new();

    [TestCaseSource(nameof(Outages))]
    public void AnOutage_IsRecognised(Exception exception) => Failures.IsOutage(exception).ShouldBeTrue();

    [TestCaseSource(nameof(Faults))]
    public void AFaultOrAConflict_IsNotAnOutage(Exception exception) => Failures.IsOutage(exception).ShouldBeFalse();

    [TestCaseSource(nameof(Conflicts))]
    public void ALostRace_IsAConflict(Exception exception) => Failures.IsConflict(exception).ShouldBeTrue();

    [TestCaseSource(nameof(Outages))]
    public void AnOutage_IsNotAConflict(Exception exception) => Failures.IsConflict(exception).ShouldBeFalse();

    private static PostgresException Postgres(string sqlState) => new("message", "FATAL", "FATAL", sqlState);
}
