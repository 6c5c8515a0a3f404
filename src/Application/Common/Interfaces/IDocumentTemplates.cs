namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>The downloadable templates of application forms (mẫu đơn, tờ khai) shipped with the catalogue.</summary>
public interface IDocumentTemplates
{
    /// <summary>Opens the template named <paramref name="fileName"/>, or returns null when there is none.</summary>
    Stream? Open(string fileName);
}
