using System.Security.Cryptography;
using HanoiDvc.Application.Common.Interfaces;
using HanoiDvc.Application.Files;
using HanoiDvc.Domain.Dossiers;
using HanoiDvc.Domain.Procedures;
using HanoiDvc.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Files;

public sealed class OrphanFileCollectorTests
{
    private static readonly TimeSpan Grace = TimeSpan.FromDays(1);
    private string _root = null!;

    [SetUp]
    public async Task SetUpAsync()
    {
        await ResetStateAsync();
        _root = Path.Combine(Path.GetTempPath(), $"hanoidvc-orphans-{Guid.NewGuid():N}");
    }

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Test]
    public async Task Collect_DeletesOnlyOldObjectsThatNoRowReferences()
    {
        await using var host = HostWith(("FileStore:Root", _root));
        var store = host.Services.GetRequiredService<IFileStore>();
        var attached = await SaveAsync(store);
        var orphan = await SaveAsync(store);
        var recent = await SaveAsync(store);
        await AttachAsync(host.Services, attached.Sha256);
        Age(attached.Sha256, TimeSpan.FromDays(3));
        Age(orphan.Sha256, TimeSpan.FromDays(2));

        var result = await CollectAsync(host.Services);

        result.ShouldBe(new OrphanCollection(Examined: 2, Deleted: 1, DeletedBytes: orphan.Length));
        (await ExistsAsync(store, orphan.Sha256)).ShouldBeFalse();
        (await ExistsAsync(store, attached.Sha256)).ShouldBeTrue("a dossier's attachment points to it");
        (await ExistsAsync(store, recent.Sha256)).ShouldBeTrue("it is within the grace period: its row may not be committed yet");
    }

    [Test]
    public async Task StoringContentAgain_RefreshesItsWriteTime_SoARunDoesNotTakeItFromTheRowAboutToUseIt()
    {
        await using var host = HostWith(("FileStore:Root", _root));
        var store = host.Services.GetRequiredService<IFileStore>();
        var content = RandomNumberGenerator.GetBytes(2_000);
        var stored = await store.SaveAsync(new MemoryStream(content), CancellationToken.None);
        Age(stored.Sha256, TimeSpan.FromDays(5));

        await store.SaveAsync(new MemoryStream(content), CancellationToken.None);
        var result = await CollectAsync(host.Services);

        result.Examined.ShouldBe(0);
        (await ExistsAsync(store, stored.Sha256)).ShouldBeTrue();
    }

    private static async Task<OrphanCollection> CollectAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrphanFileCollector>().CollectAsync(Grace, CancellationToken.None);
    }

    private static Task<StoredObject> SaveAsync(IFileStore store) =>
        store.SaveAsync(new MemoryStream(RandomNumberGenerator.GetBytes(1_000 + RandomNumberGenerator.GetInt32(1_000))), CancellationToken.None);

    private void Age(string sha256, TimeSpan age) =>
        File.SetLastWriteTimeUtc(Path.Combine(_root, sha256[..2], sha256[2..4], sha256), DateTime.UtcNow - age);

    private static async Task<bool> ExistsAsync(IFileStore store, string sha256)
    {
        await using var stream = await store.OpenAsync(sha256, CancellationToken.None);
        return stream is not null;
    }

    /// <summary>A draft of a published procedure with one file attached under <paramref name="sha256"/>.</summary>
    private static async Task AttachAsync(IServiceProvider services, string sha256)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var department = await db.Agencies.SingleAsync(a => a.Code == "000.00.12.H26");
        var version = await db.ProcedureVersions.FirstAsync(v => v.Status == ProcedureVersionStatus.Published);
        var applicant = Actor.Applicant(Guid.CreateVersion7(), "Nguyễn Văn Đức");
        var dossier = Dossier.StartDraft(version.ProcedureId, version.Id, TimeLimit.WorkingDays(5), [], [], 0.6m,
            department.Id, department.Id, applicant, "001208012345", Channel.Online, DateTimeOffset.UtcNow);
        dossier.AttachFile(applicant, DateTimeOffset.UtcNow, "giay-to.pdf", "application/pdf", 1_000, sha256, null, 50_000_000);
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync();
    }
}
