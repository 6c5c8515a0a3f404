using HanoiDvc.Application.Calendar;
using HanoiDvc.Domain.Agencies;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Dossiers;

public sealed class DossierPersistenceTests : BaseTestFixture
{
    private static readonly DateTimeOffset Monday0900 = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task AReceivedDossier_WithASupplementPause_RoundTripsThroughPostgreSql()
    {
        var specialist = Actor.Official(Guid.CreateVersion7(), "Chuyên viên", DossierRoles.Specialist, Guid.Empty);
        var id = await ArrangeAsync((dossier, desk, calendar) =>
        {
            dossier.Assign(desk, Monday0900.AddMinutes(30), calendar, specialist.UserId);
            specialist = specialist with { AgencyId = dossier.CurrentAgencyId };
            dossier.RequestSupplement(specialist, Monday0900.AddHours(1), ["Bản sao giấy khai sinh"]);
            return Task.CompletedTask;
        });

        var loaded = await WithDbAsync(db => db.Dossiers.Include(d => d.Steps).AsNoTracking().SingleAsync(d => d.Id == id));

        loaded.Status.ShouldBe(DossierStatus.SupplementRequested);
        loaded.Code!.Value.ShouldEndWith("-260302-0001");
        loaded.FormData["fullName"].ShouldBe("Nguyễn Văn Đức");
        loaded.FormFields.ShouldNotBeEmpty();
        loaded.TimeLimit.Kind.ShouldBe(TimeLimitKind.WorkingDays);
        loaded.Pauses.ShouldHaveSingleItem().IsOpen.ShouldBeTrue();
        loaded.Steps.OrderBy(s => s.Sequence).Select(s => s.Action)
            .ShouldBe([DossierAction.Submit, DossierAction.Receive, DossierAction.Assign, DossierAction.RequestSupplement]);
        loaded.StatusBeforeSupplement.ShouldBe(DossierStatus.InProcessing);
        loaded.DueAt.ShouldNotBeNull();
    }

    [Test]
    public async Task TwoOfficialsActingOnTheSameDossier_TheSecondSaveIsAConcurrencyConflict()
    {
        var id = await ArrangeAsync((_, _, _) => Task.CompletedTask);
        await using var first = FactoryServices.CreateAsyncScope();
        await using var second = FactoryServices.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<HanoiDvc.Infrastructure.Persistence.AppDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<HanoiDvc.Infrastructure.Persistence.AppDbContext>();
        var a = await firstDb.Dossiers.Include(d => d.Steps).SingleAsync(d => d.Id == id);
        var b = await secondDb.Dossiers.Include(d => d.Steps).SingleAsync(d => d.Id == id);
        var desk = Actor.Official(Guid.CreateVersion7(), "Cán bộ một cửa", DossierRoles.Receptionist, a.CurrentAgencyId);
        var calendar = await FactoryServices.GetRequiredService<IWorkingCalendarProvider>().GetAsync(CancellationToken.None);
        var (winner, loser) = (Guid.CreateVersion7(), Guid.CreateVersion7());

        a.Assign(desk, Monday0900.AddHours(1), calendar, winner);
        b.Assign(desk, Monday0900.AddHours(1), calendar, loser);
        await firstDb.SaveChangesAsync();

        // Either the xmin check or the unique (dossier, step sequence) index stops the stale write; both answer 409.
        await Should.ThrowAsync<DbUpdateException>(() => secondDb.SaveChangesAsync());
        var stored = await WithDbAsync(db => db.Dossiers.Include(d => d.Steps).AsNoTracking().SingleAsync(d => d.Id == id));
        stored.AssigneeId.ShouldBe(winner);
        stored.Steps.Count(s => s.Action == DossierAction.Assign).ShouldBe(1);
    }

    /// <summary>A Department dossier submitted Monday 09:00 and received at once; <paramref name="then"/> acts on it before saving.</summary>
    private static async Task<Guid> ArrangeAsync(Func<Dossier, Actor, Domain.Calendar.WorkingCalendar, Task> then)
    {
        await using var scope = FactoryServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HanoiDvc.Infrastructure.Persistence.AppDbContext>();
        var calendar = await scope.ServiceProvider.GetRequiredService<IWorkingCalendarProvider>().GetAsync(CancellationToken.None);
        var department = await db.Agencies.SingleAsync(a => a.Code == "000.00.12.H26");
        var version = await db.ProcedureVersions.FirstAsync(v => v.Status == ProcedureVersionStatus.Published && v.DecidingLevelCode == "province");
        FormField[] form = [new("fullName", FormFieldType.Text, "Họ và tên", "Full name", true, MaxLength: 100)];
        var applicant = Actor.Applicant(Guid.CreateVersion7(), "Nguyễn Văn Đức");
        var dossier = Dossier.StartDraft(version.ProcedureId, version.Id, TimeLimit.WorkingDays(5), form, [], 0.6m,
            department.Id, department.Id, applicant, "001208012345", Channel.Online, Monday0900.AddMinutes(-10));
        dossier.Submit(applicant, Monday0900.AddMinutes(-5), "TEST000001", new Dictionary<string, string?> { ["fullName"] = "Nguyễn Văn Đức" });
        var desk = Actor.Official(Guid.CreateVersion7(), "Cán bộ một cửa", DossierRoles.Receptionist, department.Id);
        dossier.Receive(desk, Monday0900, calendar, DossierCode.Create(AgencyCode.Parse(department.Code), new DateOnly(2026, 3, 2), 1));
        await then(dossier, desk, calendar);
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync();
        return dossier.Id;
    }
}
