using System.Globalization;
using HanoiDvc.Domain.Calendar;
using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Application.Dossiers.Queries.GetDossierDocument;

/// <summary>
/// The words the official papers print for the dossier's facts — time limit, form of a paper, channel, outcome, who signs
/// a step and what the step was — in the Vietnamese of Thông tư 01/2018/TT-VPCP's forms, and instants on Hanoi's clock.
/// </summary>
internal static class DossierPaperTexts
{
    internal static string TimeLimitText(TimeLimit limit) => limit.Kind == TimeLimitKind.WithinDay
        ? $"Trong ngày làm việc (hồ sơ nhận sau {(limit.CutOff ?? WorkingCalendar.DefaultCutOff):HH} giờ {(limit.CutOff ?? WorkingCalendar.DefaultCutOff):mm} được trả trong ngày làm việc tiếp theo)"
        : $"{limit.Days.ToString(limit.Days == decimal.Truncate(limit.Days) ? "00" : "0.##", CultureInfo.GetCultureInfo("vi-VN"))} ngày làm việc";

    internal static string FormText(DocumentForm form) => form switch
    {
        DocumentForm.Original => "Bản chính",
        DocumentForm.Copy => "Bản sao",
        DocumentForm.CertifiedCopy => "Bản sao chứng thực",
        _ => "Bản chính hoặc bản sao",
    };

    internal static string ChannelText(Channel channel) => channel switch
    {
        Channel.Online => "Trực tuyến",
        Channel.Post => "Qua dịch vụ bưu chính",
        _ => "Trực tiếp",
    };

    internal static string? OutcomeText(DossierOutcome? outcome) => outcome switch
    {
        DossierOutcome.Early => "Trước hạn",
        DossierOutcome.OnTime => "Đúng hạn",
        DossierOutcome.Late => "Quá hạn",
        _ => null,
    };

    internal static string OfficialTitle(DossierAction action) => action switch
    {
        DossierAction.Refuse or DossierAction.StopProcessing or DossierAction.IssueApology => "Lãnh đạo",
        DossierAction.RequestSupplement => "Người hướng dẫn",
        _ => "Công chức tiếp nhận hồ sơ",
    };

    internal static string ActionText(DossierAction action) => action switch
    {
        DossierAction.Submit => "Nộp hồ sơ",
        DossierAction.Receive => "Tiếp nhận, chuyển cơ quan giải quyết",
        DossierAction.RejectAtReception => "Từ chối tiếp nhận",
        DossierAction.RequestSupplement => "Yêu cầu bổ sung, hoàn thiện",
        DossierAction.ProvideSupplement => "Bổ sung hồ sơ",
        DossierAction.Assign => "Phân công xử lý",
        DossierAction.Reassign => "Phân công lại",
        DossierAction.Forward => "Chuyển liên thông",
        DossierAction.SubmitForApproval => "Trình phê duyệt",
        DossierAction.Approve => "Phê duyệt kết quả",
        DossierAction.ReturnToSpecialist => "Trả lại chuyên viên",
        DossierAction.Refuse => "Từ chối giải quyết",
        DossierAction.StopProcessing => "Dừng giải quyết",
        DossierAction.IssueApology => "Xin lỗi, hẹn lại",
        DossierAction.ReturnResult => "Trả kết quả",
        DossierAction.Withdraw => "Rút hồ sơ",
        _ => action.ToString(),
    };

    /// <summary>The time limit as the receipt prints it, with the extension the desk applied at reception: "…; gia hạn thêm N ngày làm việc (lý do)".</summary>
    internal static string TimeLimitText(Dossier dossier) => dossier.Extension is { } extension
        ? $"{TimeLimitText(dossier.TimeLimit)}; gia hạn thêm {extension.Days.ToString(extension.Days == decimal.Truncate(extension.Days) ? "00" : "0.##", CultureInfo.GetCultureInfo("vi-VN"))} ngày làm việc ({extension.Reason})"
        : TimeLimitText(dossier.TimeLimit);

    internal static DateTime? Local(DateTimeOffset? instant) =>
        instant is { } value ? TimeZoneInfo.ConvertTime(value, VietnamTimeZone.Instance).DateTime : null;
}
