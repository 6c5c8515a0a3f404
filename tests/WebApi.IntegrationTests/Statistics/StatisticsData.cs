using HanoiDvc.Application.Calendar;
using HanoiDvc.Domain.Agencies;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Infrastructure.Persistence;
using HanoiDvc.TestSupport;
using HanoiDvc.WebApi.IntegrationTests.Dossiers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HanoiDvc.WebApi.IntegrationTests.Statistics;

/// <summary>
/// Arranges dossiers for the statistics tests straight through the domain and the application's database context, at
/// instants the test picks: a Department procedure and a commune (Hoàn Kiếm ward) procedure from the seeded catalogue,
/// desk-entered (in person, by post) and online dossiers, received, resolved early / on time / late, refused, withdrawn,
/// stopped, returned, rated and paid.
/// </summary>
internal sealed class StatisticsData
{
    public const string CommuneCode = "000.01.50.H26";

    private static int _sequence;

    private readonly Dictionary<Guid, (ProcedureVersion Version, Dictionary<string, string?> Form)> _procedures;

    private StatisticsData(Guid department, Guid commune, Guid departmentProcedure, Guid communeProcedure, WorkingCalendar calendar,
        Dictionary<Guid, (ProcedureVersion, Dictionary<string, string?>)> procedures)
    {
        Department = department;
        Commune = commune;
        DepartmentProcedure = departmentProcedure;
        CommuneProcedure = communeProcedure;
        Calendar = calendar;
        _procedures = procedures;
    }

    public Guid Department { get; }

    public Guid Commune { get; }

    public Guid DepartmentProcedure { get; }

    public Guid CommuneProcedure { get; }

    public WorkingCalendar Calendar { get; }

    public static async Task<StatisticsData> LoadAsync(HttpClient anonymous)
    {
        var services = ApiHost.Factory.Services;
        var department = await TestAccounts.AgencyIdAsync(services, TestAccounts.DepartmentCode);
        var commune = await TestAccounts.AgencyIdAsync(services, CommuneCode);
        var (departmentProcedure, departmentForm) = await FormFillers.DepartmentProcedureAsync(anonymous);
        var (communeProcedure, communeForm) = await FormFillers.ProcedureAsync(anonymous, "commune");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var versions = await db.ProcedureVersions.AsNoTracking()
            .Where(v => v.Status == ProcedureVersionStatus.Published && (v.ProcedureId == departmentProcedure || v.ProcedureId == communeProcedure)).ToListAsync();
        var calendar = await scope.ServiceProvider.GetRequiredService<IWorkingCalendarProvider>().GetAsync(CancellationToken.None);
        return new StatisticsData(department, commune, departmentProcedure, communeProcedure, calendar, new()
        {
            [departmentProcedure] = (versions.Single(v => v.ProcedureId == departmentProcedure), departmentForm),
            [communeProcedure] = (versions.Single(v => v.ProcedureId == communeProcedure), communeForm),
        });
    }

    /// <summary>09:00 Hanoi time on <paramref name="day"/>.</summary>
    public static DateTimeOffset At(DateOnly day, int hour = 9, int minute = 0) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7)).ToUniversalTime();

    /// <summary>
    /// A dossier of the Department's procedure (or the commune's) submitted through <paramref name="channel"/> and received at
    /// <paramref name="receivedAt"/> (within working hours); <paramref name="then"/> moves it on; saved in one save.
    /// </summary>
    public async Task<Dossier> AddAsync(bool commune, Channel channel, DateTimeOffset receivedAt, Action<Steps>? then = null, long feeVnd = 0)
    {
        var (agency, procedure) = commune ? (Commune, CommuneProcedure) : (Department, DepartmentProcedure);
        var (version, form) = _procedures[procedure];
        var content = version.Content;
        var applicant = Actor.Applicant(Guid.NewGuid(), "Nguyễn Văn An");
        var steps = new Steps(this, agency, version.ServiceLevel, applicant);
        var terms = feeVnd > 0 ? new PaymentTerms([new Fee("Lệ phí", "Fee", feeVnd, null, LegalBasis: TestSupport.LawfulFees.Basis)], PaymentDue.BeforeResult, true) : PaymentTerms.None;
        var submittedAt = receivedAt.AddMinutes(-30);
        var dossier = Dossier.StartDraft(version.ProcedureId, version.Id, content.TimeLimit, content.Form, content.Documents,
            content.Steps.Where(s => s.Role == DossierRoles.Specialist).Sum(s => s.Share), agency, agency, applicant, DossierScenario.CitizenId, channel,
            submittedAt.AddMinutes(-5), channel == Channel.Online ? null : steps.Desk, terms);
        if (channel == Channel.Online)
        {
            foreach (var document in content.Documents.Where(d => d.Mandatory))
            {
                dossier.AttachFile(applicant, submittedAt.AddMinutes(-1), "giay-to.pdf", "application/pdf", 300, new string('a', 64), document.Name, 10_000_000);
            }
        }

        var sequence = Interlocked.Increment(ref _sequence);
        dossier.Submit(channel == Channel.Online ? applicant : steps.Desk, submittedAt, $"S{sequence:D9}", form);
        var agencyCode = commune ? CommuneCode : TestAccounts.DepartmentCode;
        var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(receivedAt, Calendar.TimeZone).DateTime);
        dossier.Receive(steps.Desk, receivedAt, Calendar, DossierCode.Create(AgencyCode.Parse(agencyCode), localDay, sequence % 9000 + 1));
        steps.Dossier = dossier;
        then?.Invoke(steps);

        await using var scope = ApiHost.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync();
        return dossier;
    }

    /// <summary>What happens to a received dossier, at instants relative to its reception and due instant.</summary>
    internal sealed class Steps(StatisticsData data, Guid agency, ServiceLevel level, Actor applicant)
    {
        public Actor Desk { get; } = Actor.Official(Guid.NewGuid(), "Cán bộ một cửa", DossierRoles.Receptionist, agency);

        public Actor Leader { get; } = Actor.Official(Guid.NewGuid(), "Lãnh đạo", DossierRoles.Leader, agency);

        public Actor Specialist { get; } = Actor.Official(Guid.NewGuid(), "Chuyên viên", DossierRoles.Specialist, agency);

        public Dossier Dossier { get; set; } = null!;

        /// <summary>Half an hour after reception: a day before the due day for any limit of days.</summary>
        public DateTimeOffset Early => Dossier.ReceivedAt!.Value.AddMinutes(30);

        /// <summary>A minute before the due instant: the due day itself.</summary>
        public DateTimeOffset OnTime => Dossier.DueAt!.Value.AddMinutes(-1);

        /// <summary>A day after the due instant.</summary>
        public DateTimeOffset Late => Dossier.DueAt!.Value.AddDays(1);

        public Steps Assign(DateTimeOffset at)
        {
            Dossier.Assign(Leader, at, data.Calendar, Specialist.UserId);
            return this;
        }

        /// <summary>Assigned, drafted and approved at <paramref name="at"/>.</summary>
        public Steps Approve(DateTimeOffset at)
        {
            Assign(at.AddMinutes(-2));
            Dossier.SubmitForApproval(Specialist, at.AddMinutes(-1));
            Dossier.Approve(Leader, at, data.Calendar);
            return this;
        }

        public Steps Refuse(DateTimeOffset at)
        {
            Assign(at.AddMinutes(-1));
            Dossier.Refuse(Leader, at, data.Calendar, "Không đủ điều kiện");
            return this;
        }

        /// <summary>The result handed over on paper an hour after the resolution.</summary>
        public Steps Return()
        {
            Dossier.ReturnResult(Desk, Dossier.ResolvedAt!.Value.AddHours(1), Channel.InPerson, level);
            return this;
        }

        public Steps Rate(Satisfaction satisfaction)
        {
            Dossier.Rate(applicant, (Dossier.ReturnedAt ?? Dossier.ClosedAt)!.Value.AddHours(1), satisfaction, null);
            return this;
        }

        public Steps Pay(DateTimeOffset at)
        {
            Dossier.RecordPayment(Guid.NewGuid(), Dossier.AmountDueVnd, at).ShouldBeTrue();
            return this;
        }

        /// <summary>Assigned, then the specialist asks for a supplement at <paramref name="at"/>: the clock pauses.</summary>
        public Steps RequestSupplement(DateTimeOffset at)
        {
            Assign(at.AddMinutes(-1));
            Dossier.RequestSupplement(Specialist, at, ["Bản sao giấy khai sinh"]);
            return this;
        }

        public Steps Withdraw(DateTimeOffset at)
        {
            Dossier.Withdraw(applicant, at, "Không còn nhu cầu");
            return this;
        }

        public Steps Stop(DateTimeOffset at)
        {
            Dossier.StopProcessing(Leader, at, "Không bổ sung đúng hạn");
            return this;
        }
    }
}
