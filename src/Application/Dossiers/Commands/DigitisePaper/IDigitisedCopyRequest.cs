namespace HanoiDvc.Application.Dossiers.Commands.DigitisePaper;

/// <summary>What the desk sends with a scan: the file and the paper's metadata, dates as <c>yyyy-MM-dd</c>.</summary>
public interface IDigitisedCopyRequest : IDossierTransition
{
    /// <summary>The scan's bytes (PDF, JPEG or PNG).</summary>
    Stream Content { get; }

    /// <summary>The name the client sent.</summary>
    string? ClientFileName { get; }

    /// <summary>Which paper, or the result's document type.</summary>
    string? DocumentName { get; }

    /// <summary>Cơ quan ban hành.</summary>
    string? IssuingBody { get; }

    /// <summary>Số, ký hiệu.</summary>
    string? Number { get; }

    /// <summary>Ngày ban hành, <c>yyyy-MM-dd</c>.</summary>
    string? IssuedOn { get; }

    /// <summary>Hiệu lực đến, <c>yyyy-MM-dd</c>; empty when it does not expire.</summary>
    string? ValidUntil { get; }
}
