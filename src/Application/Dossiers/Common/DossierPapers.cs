using HanoiDvc.Application.Documents;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>A paper the dossier has: its kind (the <c>kind</c> of <c>GET …/documents/{kind}</c>), its form's own name and where to download it.</summary>
/// <param name="Kind">Receipt, SupplementRequest, Rejection, Apology, ControlSheet, RefusalNotice or StopNotice.</param>
/// <param name="Name">The form's own name, e.g. "Giấy tiếp nhận hồ sơ và hẹn trả kết quả".</param>
/// <param name="Basis">The document and form it follows.</param>
/// <param name="Url">The download address (PDF).</param>
public sealed record DossierPaperDto(DossierDocumentKind Kind, string Name, string Basis, string Url);

/// <summary>
/// The official papers of a dossier and the step each records: a paper exists once its step has happened, so the dossier
/// page lists exactly what <c>GET …/documents/{kind}</c> serves (anything else is a 404).
/// </summary>
internal static class DossierPapers
{
    /// <summary>Each paper: its kind, the step it records, its name, its basis and the file name's stem.</summary>
    public static readonly IReadOnlyList<(DossierDocumentKind Kind, DossierAction Step, string Name, string Basis, string File)> Forms =
    [
        (DossierDocumentKind.Receipt, DossierAction.Receive, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Mẫu số 01, Thông tư 01/2018/TT-VPCP", "giay-tiep-nhan"),
        (DossierDocumentKind.SupplementRequest, DossierAction.RequestSupplement, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "Mẫu số 02, Thông tư 01/2018/TT-VPCP", "phieu-yeu-cau-bo-sung"),
        (DossierDocumentKind.Rejection, DossierAction.RejectAtReception, "Phiếu từ chối tiếp nhận giải quyết hồ sơ", "Mẫu số 03, Thông tư 01/2018/TT-VPCP", "phieu-tu-choi-tiep-nhan"),
        (DossierDocumentKind.Apology, DossierAction.IssueApology, "Phiếu xin lỗi và hẹn lại ngày trả kết quả", "Mẫu số 04, Thông tư 01/2018/TT-VPCP", "phieu-xin-loi"),
        // The control sheet exists from reception: it records every hand-over after it.
        (DossierDocumentKind.ControlSheet, DossierAction.Receive, "Phiếu kiểm soát quá trình giải quyết hồ sơ", "Mẫu số 05, Thông tư 01/2018/TT-VPCP", "phieu-kiem-soat"),
        (DossierDocumentKind.RefusalNotice, DossierAction.Refuse, "Thông báo từ chối giải quyết hồ sơ", "Điều 7, Điều 9 Luật Khiếu nại 2011", "thong-bao-tu-choi-giai-quyet"),
        (DossierDocumentKind.StopNotice, DossierAction.StopProcessing, "Thông báo dừng giải quyết hồ sơ", "Mẫu số 05, Thông tư 03/2025/TT-VPCP", "thong-bao-dung-xu-ly"),
    ];

    /// <summary>The papers <paramref name="dossier"/> has now, in the order above.</summary>
    public static IReadOnlyList<DossierPaperDto> Of(Dossier dossier) =>
        [.. Forms.Where(f => dossier.Steps.Any(s => s.Action == f.Step))
            .Select(f => new DossierPaperDto(f.Kind, f.Name, f.Basis, $"/api/v1/dossiers/{dossier.Id}/documents/{f.Kind}"))];
}
