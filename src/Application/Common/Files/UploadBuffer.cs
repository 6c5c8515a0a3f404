using System.Security.Cryptography;
using FluentValidation.Results;
using HanoiDvc.Application.Common.Localization;

namespace HanoiDvc.Application.Common.Files;

/// <summary>
/// An upload copied once into a temporary file (deleted on dispose) while it is counted and hashed, so that a file past
/// the size limit is refused before it is fully read and the content can then be inspected and stored from a seekable copy.
/// </summary>
internal sealed class UploadBuffer : IAsyncDisposable
{
    private const int ChunkSize = 81920;

    private UploadBuffer(FileStream content, string sha256, long length)
    {
        Content = content;
        Sha256 = sha256;
        Length = length;
    }

    /// <summary>The buffered bytes, seekable.</summary>
    public FileStream Content { get; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 { get; }

    /// <summary>Size in bytes.</summary>
    public long Length { get; }

    /// <summary>Copies <paramref name="content"/>; more than <paramref name="maxBytes"/> is a 400 on the <c>file</c> field.</summary>
    public static async Task<UploadBuffer> ReadAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hanoidvc-upload-{Guid.CreateVersion7():N}");
        var buffer = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, ChunkSize, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var (sha256, length) = await CopyAsync(content, buffer, maxBytes, cancellationToken);
            await buffer.FlushAsync(cancellationToken);
            buffer.Position = 0;
            return new UploadBuffer(buffer, sha256, length);
        }
        catch
        {
            await buffer.DisposeAsync();
            throw;
        }
    }

    /// <summary>The SHA-256 of <paramref name="content"/> as it streams by, nothing kept; more than <paramref name="maxBytes"/> is a 400 on <c>file</c>.</summary>
    public static async Task<string> HashAsync(Stream content, long maxBytes, CancellationToken cancellationToken) =>
        (await CopyAsync(content, null, maxBytes, cancellationToken)).Sha256;

    /// <summary>Reads <paramref name="content"/> to its end, hashing it and writing it to <paramref name="target"/> when given.</summary>
    private static async Task<(string Sha256, long Length)> CopyAsync(Stream content, Stream? target, long maxBytes, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[ChunkSize];
        long length = 0;
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            length += read;
            if (length > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            sha.AppendData(chunk, 0, read);
            if (target is not null)
            {
                await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            }
        }

        return (Convert.ToHexStringLower(sha.GetHashAndReset()), length);
    }

    /// <summary>A 400 with <paramref name="message"/> on the <c>file</c> field.</summary>
    public static RequestValidationException FileError(string message) => new([new ValidationFailure("file", message)]);

    public ValueTask DisposeAsync() => Content.DisposeAsync();

    private static RequestValidationException TooLarge(long maxBytes) => FileError(Localized.Text(
        $"Tệp vượt quá dung lượng tối đa {Megabytes(maxBytes)} MB.", $"The file is larger than the {Megabytes(maxBytes)} MB limit."));

    private static string Megabytes(long bytes) => (bytes / (1024m * 1024m)).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
