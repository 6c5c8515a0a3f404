using HanoiDvc.Infrastructure.Persistence;
using Npgsql;

namespace HanoiDvc.Application.IntegrationTests.Persistence;

/// <summary>The pool settings the product adds to its connection strings (decision 0034), and the operator's that win.</summary>
public sealed class ConnectionSettingsTests
{
    [Test]
    public void AConnectionStringWithoutThem_GetsNoResetOnCloseAndAutoPrepare_AndKeepsEverythingElse()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseRegistration.Tuned("Host=db;Port=5433;Database=dvc;Username=app;Password=p;Maximum Pool Size=40"));

        tuned.NoResetOnClose.ShouldBeTrue();
        tuned.MaxAutoPrepare.ShouldBe(64);
        tuned.Options.ShouldBe("-c jit=off");
        (tuned.Host, tuned.Port, tuned.Database, tuned.Username, tuned.Password, tuned.MaxPoolSize).ShouldBe(("db", 5433, "dvc", "app", "p", 40));
    }

    [TestCase("No Reset On Close=false;Max Auto Prepare=0;Options='-c jit=on'")]
    [TestCase("NoResetOnClose=false;MaxAutoPrepare=0;Options=-c jit=on")]
    [TestCase("no reset on close=False;MAX AUTO PREPARE=0;options=-c jit=on")]
    public void TheOperatorsOwnSettings_Win(string settings)
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseRegistration.Tuned($"Host=db;Database=dvc;{settings}"));

        tuned.NoResetOnClose.ShouldBeFalse();
        tuned.MaxAutoPrepare.ShouldBe(0);
        tuned.Options.ShouldBe("-c jit=on");
    }

    [Test]
    public void OtherServerOptions_AreKept_AndJitIsTurnedOffBesideThem()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseRegistration.Tuned("Host=db;Options=-c statement_timeout=30000"));

        tuned.Options.ShouldBe("-c statement_timeout=30000 -c jit=off");
    }
}
