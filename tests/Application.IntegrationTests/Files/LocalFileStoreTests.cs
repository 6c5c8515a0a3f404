using System.Security.Cryptography;
using HanoiDvc.Application.Common.Interfaces;
using Microsoft.Extensions.DependencyInjection;
using static HanoiDvc.Application.IntegrationTests.Testing;

namespace HanoiDvc.Application.IntegrationTests.Files;

public sealed class LocalFileStoreTests
{
    [Test]
    public async Task Save_IsAddressedBySha256_SoTheSameContentTwiceIsOneObject()
    {
        var content = RandomNumberGenerator.GetBytes(300_000);
        var expected = Convert.ToHexStringLower(SHA256.HashData(content));
        StoredObject first = null!, second = null!;
        byte[] read = [];

        await RunInScopeAsync(async services =>
        {
            var store = services.GetRequiredService<IFileStore>();
            first = await store.SaveAsync(new MemoryStream(content), CancellationToken.None);
            second = await store.SaveAsync(new MemoryStream(content), CancellationToken.None);
            await using var stream = (await store.OpenAsync(first.Sha256, CancellationToken.None))!;
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            read = copy.ToArray();
            await store.DeleteAsync(first.Sha256, CancellationToken.None);
            (await store.OpenAsync(first.Sha256, CancellationToken.None)).ShouldBeNull();
        });

        first.Sha256.ShouldBe(expected);
        first.Length.ShouldBe(content.Length);
        second.ShouldBe(first);
        read.ShouldBe(content);
    }

    [Test]
    public async Task Open_WithSomethingThatIsNotAHash_IsRefused() =>
        await RunInScopeAsync(async services =>
            await Should.ThrowAsync<ArgumentException>(() =>
                services.GetRequiredService<IFileStore>().OpenAsync("../../appsettings.json", CancellationToken.None)));
}
