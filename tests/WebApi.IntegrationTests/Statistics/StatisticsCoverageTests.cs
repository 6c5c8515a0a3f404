using CsCheck;
using HanoiDvc.Application.Calendar;
using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.Infrastructure.Statistics;
using HanoiDvc.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HanoiDvc.WebApi.IntegrationTests.Statistics;

/// <summary>
/// The tables hold every event before the instant they are covered until, and the live count every event from it on
/// (decision 0037): whatever rebuilds ran when (today's every so often, the nightly window, none for a while, across
/// midnight), the figures of any period and the open dossiers at the end of past days equal those counted one by one. Generated timelines on a clock the test
/// moves: dossiers received from a moment before the clock on (the settle margin), resolved, withdrawn or stopped later, or
/// still open; days of spring 2014, which no other test's data uses.
/// </summary>
public sealed class StatisticsCoverageTests : ApiTestFixture
{
    private static readonly DateOnly First = new(2014, 3, 3);

    /// <summary>A dossier of a stage: received some minutes after the stage's clock less half the settle margin, then an ending some minutes later.</summary>
    private sealed record Story(bool Commune, int Channel, int MinutesAfter, int Ending, int MinutesLater);

    /// <summary>A stage: dossiers recorded, the clock moved on by some minutes, then no rebuild, today's, or the nightly window.</summary>
    private sealed record Stage(IReadOnlyList<Story> Dossiers, int Advance, int Rebuild);

    private static readonly Gen<Story> Stories = Gen.Select(Gen.Bool, Gen.Int[0, 2], Gen.Int[0, 600], Gen.Int[0, 4], Gen.Int[1, 3000])
        .Select((commune, channel, after, ending, later) => new Story(commune, channel, after, ending, later));

    /// <summary>Mostly today's rebuild, as in production; sometimes none for a while, sometimes the nightly window.</summary>
    private static readonly Gen<int> Rebuilds = Gen.Int[0, 9].Select(n => n < 2 ? 0 : n < 8 ? 1 : 2);

    private static readonly Gen<Stage> Stages = Gen.Select(Stories.List[0, 4], Gen.Int[1, 900], Rebuilds)
        .Select((dossiers, advance, rebuild) => new Stage(dossiers, advance, rebuild));

    [Test]
    public async Task TheTablesAndTheLiveCount_TogetherCountEveryEventOnce_WhateverRebuildsRan()
    {
        var data = await StatisticsData.LoadAsync(Client);
        var clock = new SettableTimeProvider();
        var settle = new StatisticsOptions().Settle;
        var dossiers = new List<Dossier>();
        var now = StatisticsData.At(First, 8);
        clock.Set(now);
        await RebuildAsync(clock, First.AddDays(-7), First.AddDays(14)); // the nightly window once, as a deployment starts

        await Stages.List[3, 12].SampleAsync(async stages =>
        {
            foreach (var stage in stages)
            {
                foreach (var story in stage.Dossiers)
                {
                    // Never before the last rebuild's instant less the margin: what the margin exists for.
                    var receivedAt = now - settle / 2 + TimeSpan.FromMinutes(story.MinutesAfter);
                    var at = receivedAt.AddMinutes(story.MinutesLater);
                    dossiers.Add(await data.AddAsync(story.Commune, (Channel)(story.Channel + 1), receivedAt, s => _ = story.Ending switch
                    {
                        0 => s.Approve(at > s.Dossier.ReceivedAt!.Value.AddMinutes(5) ? at : s.Early),
                        1 => s.Withdraw(at),
                        2 => s.Stop(at),
                        3 => s.Assign(at),
                        _ => s,
                    }));
                }

                now = now.AddMinutes(stage.Advance);
                clock.Set(now);
                var today = VietnamTimeZone.Today(now);
                _ = stage.Rebuild switch
                {
                    1 => await RebuildAsync(clock, today, today),
                    2 => await RebuildAsync(clock, today.AddDays(-7), today.AddDays(14)),
                    _ => null,
                };
                await CheckAsync(clock, dossiers, today);
            }
        }, iter: 20, threads: 1);
    }

    [Test]
    public async Task TheFirstRebuildOfADeployment_EvenOfTodayAlone_FillsTheDaysSinceTheFirstEvent()
    {
        var data = await StatisticsData.LoadAsync(Client);
        var clock = new SettableTimeProvider();
        clock.Set(StatisticsData.At(First, 10));
        var old = await data.AddAsync(true, Channel.Online, StatisticsData.At(First.AddDays(-60)), s => s.Approve(s.Early));

        var result = await RebuildAsync(clock, First, First); // what the job of today's rows does first on a new deployment
        result.From.ShouldBe(VietnamTimeZone.Today(old.ReceivedAt!.Value));

        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var model = new StatisticsReadModel(services.GetRequiredService<ReadDbContext>(), clock, services.GetRequiredService<IWorkingCalendarProvider>());
        var row = (await model.CountAsync(new StatisticsSlice(First.AddDays(-90), First, null, null, null, null), StatisticsGrouping.None, CancellationToken.None)).Single();
        (row.ReceivedOnline, row.ResolvedEarly).ShouldBe((1, 1), "two months back, outside the days ever counted live");
    }

    private static async Task<StatisticsRebuildResult> RebuildAsync(TimeProvider clock, DateOnly from, DateOnly to)
    {
        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var rebuilder = new StatisticsRebuilder(services.GetRequiredService<AppDbContext>(), services.GetRequiredService<IWorkingCalendarProvider>(), clock,
            Options.Create(new StatisticsOptions()), NullLogger<StatisticsRebuilder>.Instance);
        var result = await rebuilder.RebuildAsync(from, to, CancellationToken.None);
        result.CoveredUntil.ShouldNotBeNull();
        result.CoveredUntil.Value.ShouldBeLessThanOrEqualTo(clock.GetUtcNow());
        return result;
    }

    /// <summary>Each day from two before the clock's to two after, the whole stretch from the first day, and a month from today, per agency.</summary>
    private static async Task CheckAsync(TimeProvider clock, List<Dossier> dossiers, DateOnly today)
    {
        var slices = Enumerable.Range(-2, 5).Select(i => (today.AddDays(i), today.AddDays(i)))
            .Append((First, today.AddDays(2))).Append((today, today.AddDays(30)));
        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        foreach (var (from, to) in slices)
        {
            // A read model per slice, as per request: each reads the coverage afresh.
            var model = new StatisticsReadModel(services.GetRequiredService<ReadDbContext>(), clock, services.GetRequiredService<IWorkingCalendarProvider>());
            var rows = await model.CountAsync(new StatisticsSlice(from, to, null, null, null, null), StatisticsGrouping.Agency, CancellationToken.None);
            foreach (var agency in dossiers.Select(d => d.DecidingAgencyId).Distinct())
            {
                var row = rows.SingleOrDefault(r => r.Key == agency.ToString()) ?? new StatisticsCounters();
                var mine = dossiers.Where(d => d.DecidingAgencyId == agency).ToList();
                bool In(DateTimeOffset? at) => at is { } instant && VietnamTimeZone.Today(instant) is var day && day >= from && day <= to;
                DateTimeOffset? NotBeforeReception(DateTimeOffset? at, Dossier d) => at is { } instant && d.ReceivedAt is { } received && received > instant ? received : at;
                long[] expected =
                [
                    mine.Count(d => In(d.ReceivedAt)),
                    mine.Count(d => d.Outcome == DossierOutcome.Early && In(NotBeforeReception(d.ResolvedAt, d))),
                    mine.Count(d => d.Outcome != DossierOutcome.Early && d.ResolvedAt is not null && In(NotBeforeReception(d.ResolvedAt, d))),
                    mine.Count(d => d.Status == DossierStatus.Withdrawn && In(NotBeforeReception(d.ClosedAt, d))),
                    mine.Count(d => d.Status == DossierStatus.Stopped && In(NotBeforeReception(d.ClosedAt, d))),
                ];
                long[] read = [row.ReceivedOnline + row.ReceivedInPerson + row.ReceivedPost, row.ResolvedEarly, row.ResolvedOnTime + row.ResolvedLate, row.Withdrawn, row.Stopped];
                read.ShouldBe(expected, $"{from:yyyy-MM-dd}…{to:yyyy-MM-dd}, agency {agency}, clock {clock.GetUtcNow():O}: received, early, on time or late, withdrawn, stopped");
            }
        }

        // The open dossiers, within time and overdue, at the end of the three days before the clock's: from the rows of today's
        // and the nightly rebuilds (their narrowed reading of the dossiers, open stock counters included) once those days are
        // covered, from the dossiers otherwise.
        var ends = Enumerable.Range(1, 3).Select(i => VietnamTimeZone.EndOf(today.AddDays(-i))).ToList();
        var stock = await new StatisticsReadModel(services.GetRequiredService<ReadDbContext>(), clock, services.GetRequiredService<IWorkingCalendarProvider>())
            .InProgressAtAsync(new StatisticsSlice(First, today, null, null, null, null), ends, CancellationToken.None);
        for (var i = 0; i < ends.Count; i++)
        {
            var row = stock.SingleOrDefault(r => r.Key == $"{i}") ?? new InProgressCounters();
            (row.WithinTime, row.Overdue).ShouldBe(OpenStockTests.Expected(dossiers, ends[i], null), $"open at {ends[i]:O}, clock {clock.GetUtcNow():O}");
        }
    }
}
