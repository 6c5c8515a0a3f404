using CsCheck;
using HanoiDvc.Application.Common.Security;
using HanoiDvc.Application.Statistics.Common;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Statistics;

/// <summary>
/// The dossiers open (within time or overdue) at the end of a past day, read from the statistics tables' counters
/// (decision 0035), equal the dossiers counted one by one from their dates, for generated histories: dossiers received on
/// any day of 2016–2017 (no other test's data lies there), resolved early or late, withdrawn, stopped or still open, at any
/// hour, including the same day as received or due, and out of hours (received on a Saturday is dated Monday, and may be
/// stopped before then: the first history this test generated that way found the stock one short).
/// </summary>
public sealed class OpenStockTests : ApiTestFixture
{
    private static readonly DateOnly First = new(2016, 1, 1);

    private static readonly DateOnly Last = new(2017, 12, 31);

    /// <summary>What happens to a generated dossier: received on a day and hour, then something after some hours (or nothing).</summary>
    private sealed record Story(bool Commune, int Day, int Hour, int Ending, int HoursLater);

    private static readonly Gen<Story> Stories = Gen.Select(Gen.Bool, Gen.Int[0, Last.DayNumber - First.DayNumber - 60], Gen.Int[7, 17], Gen.Int[0, 4], Gen.Int[1, 60 * 24])
        .Select((commune, day, hour, ending, hours) => new Story(commune, day, hour, ending, hours));

    [Test]
    public async Task TheOpenAndOverdueDossiersAtTheEndOfPastDays_FromTheTables_EqualThoseCountedFromTheirDates()
    {
        var data = await StatisticsData.LoadAsync(Client);
        var (admin, _) = await ApiHost.Factory.CreateSignedInClientAsync("open-stock-admin", null, Roles.SystemAdmin);
        var dossiers = new List<Dossier>(); // every generated history adds to the same years, so each check counts all of them
        await Stories.List[30, 50].SampleAsync(async stories =>
        {
            foreach (var story in stories)
            {
                var receivedAt = StatisticsData.At(First.AddDays(story.Day), story.Hour, 15);
                var at = receivedAt.AddHours(story.HoursLater);
                dossiers.Add(await data.AddAsync(story.Commune, story.Day % 2 == 0 ? Channel.Online : Channel.InPerson, receivedAt, s => _ = story.Ending switch
                {
                    0 => s.Approve(at),
                    1 => s.Withdraw(at),
                    2 => s.Stop(at),
                    3 => s.Assign(at),
                    _ => s,
                }));
            }

            using (var rebuilt = await admin.PostAsync(new Uri($"/api/v1/statistics/rebuild?from={First:yyyy-MM-dd}&to={Last:yyyy-MM-dd}", UriKind.Relative), null))
            {
                rebuilt.EnsureSuccessStatusCode();
            }

            await CheckAsync(data, dossiers);
        }, iter: 5, threads: 1);
    }

    private static async Task CheckAsync(StatisticsData data, List<Dossier> dossiers)
    {
        // Every month's end and every day on which something happened, with the days either side.
        var days = Enumerable.Range(0, 24).Select(m => First.AddMonths(m + 1).AddDays(-1))
            .Concat(dossiers.SelectMany(d => new[] { d.ReceivedAt, d.DueAt, d.ResolvedAt, d.ClosedAt }).OfType<DateTimeOffset>()
                .Select(VietnamTimeZone.Today).SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) }))
            .Where(d => d >= First && d <= Last).Distinct().Order().ToList();
        var ends = days.Select(EndOf).ToList();

        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var model = scope.ServiceProvider.GetRequiredService<IStatisticsReadModel>();
        var city = new StatisticsSlice(First, Last, null, null, null, null);
        var read = await model.InProgressAtAsync(city, ends, CancellationToken.None);
        for (var i = 0; i < ends.Count; i++)
        {
            var row = read.SingleOrDefault(r => r.Key == $"{i}") ?? new InProgressCounters();
            (row.WithinTime, row.Overdue).ShouldBe(Expected(dossiers, ends[i], null), $"open at the end of {days[i]:yyyy-MM-dd}");
        }

        // Per agency, as the summary reads a past period.
        foreach (var day in days.Where((_, i) => i % 7 == 0))
        {
            var perAgency = await model.InProgressAsync(city, StatisticsGrouping.Agency, EndOf(day), CancellationToken.None);
            foreach (var agency in new[] { data.Department, data.Commune })
            {
                var row = perAgency.SingleOrDefault(r => r.Key == agency.ToString()) ?? new InProgressCounters();
                (row.WithinTime, row.Overdue).ShouldBe(Expected(dossiers, EndOf(day), agency), $"open at the end of {day:yyyy-MM-dd} in {agency}");
            }
        }
    }

    /// <summary>Counted one by one: received before the instant, neither resolved nor closed by then; overdue when due before it.</summary>
    internal static (long Within, long Overdue) Expected(IEnumerable<Dossier> dossiers, DateTimeOffset end, Guid? agency)
    {
        var open = dossiers.Where(d => (agency is null || d.DecidingAgencyId == agency)
            && d.ReceivedAt < end && !(d.ResolvedAt < end) && !(d.ClosedAt < end)).ToList();
        var overdue = open.Count(d => d.DueAt < end);
        return (open.Count - overdue, overdue);
    }

    private static DateTimeOffset EndOf(DateOnly day) => StatisticsData.At(day.AddDays(1), 0);
}
