using HanoiDvc.Application.Procedures.Commands.EditProcedure;
using HanoiDvc.Application.Procedures.Commands.PublishProcedure;
using HanoiDvc.Application.Procedures.Queries.GetProcedure;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Infrastructure.Catalogue;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static HanoiDvc.Application.IntegrationTests.Procedures.ProcedureInputs;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Procedures;

/// <summary>A catalogue change published ahead comes into force on its date through the nightly job, and only once.</summary>
public sealed class ScheduledVersionsJobTests : BaseTestFixture
{
    [Test]
    public async Task AChangePublishedAhead_StaysOutOfForce_UntilTheJobRunsOnItsDate_ThenReplacesThePublishedVersionOnce()
    {
        RunAsSystemAdmin();
        var id = await PublishedAsync(Content(name: "Thủ tục thử nghiệm phiên bản hẹn ngày"));
        var today = VietnamTimeZone.Today(DateTimeOffset.UtcNow);
        await SendAsync(new EditProcedure(id, Content(name: "Thủ tục thử nghiệm phiên bản hẹn ngày (sửa đổi)")));
        var scheduled = await SendAsync(new PublishProcedure(id, today.AddDays(3)));

        var dayBefore = await RunJobAsync(today.AddDays(2));
        var stillInForce = await SendAsync(new GetProcedure(id));
        var onTheDay = await RunJobAsync(today.AddDays(3));
        var inForce = await SendAsync(new GetProcedure(id));
        var again = await RunJobAsync(today.AddDays(4));

        scheduled.Status.ShouldBe(Domain.Procedures.ProcedureVersionStatus.Scheduled);
        scheduled.EffectiveFrom.ShouldBe(today.AddDays(3));
        dayBefore.ShouldBe(0);
        stillInForce.Name.ShouldBe("Thủ tục thử nghiệm phiên bản hẹn ngày");
        onTheDay.ShouldBe(1);
        inForce.Name.ShouldBe("Thủ tục thử nghiệm phiên bản hẹn ngày (sửa đổi)");
        inForce.VersionNumber.ShouldBe(2);
        inForce.EffectiveFrom.ShouldBe(today.AddDays(3));
        again.ShouldBe(0, "nothing waits any more");
    }

    private static async Task<int> RunJobAsync(DateOnly day)
    {
        var clock = new SettableTimeProvider();
        // 00:01 in Hanoi on that day.
        clock.Set(new DateTimeOffset(day.ToDateTime(new TimeOnly(0, 1)), TimeSpan.FromHours(7)));
        await using var scope = Services.CreateAsyncScope();
        return await new ScheduledVersionsJob(scope.ServiceProvider.GetRequiredService<AppDbContext>(), clock).RunAsync(CancellationToken.None);
    }
}
