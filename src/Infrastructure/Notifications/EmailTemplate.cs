using System.Text;
using HanoiDvc.Application.Notifications;
using HanoiDvc.Application.Notifications.Channels;

namespace HanoiDvc.Infrastructure.Notifications;

/// <summary>The email and short-text templates: Vietnamese, or English for users who chose it.</summary>
internal static class EmailTemplate
{
    public static EmailMessage Compose(Notice notice, RecipientAddress to, Uri? dossierLink, string idempotencyKey)
    {
        var english = to.English;
        var body = new StringBuilder()
            .AppendLine(english ? $"Dear {to.Name}," : $"Kính gửi {to.Name},")
            .AppendLine()
            .AppendLine(english ? notice.BodyEn : notice.BodyVi);
        if (notice.DossierReference is { } reference)
        {
            body.AppendLine().AppendLine(english ? $"Dossier code: {reference}" : $"Mã hồ sơ: {reference}");
        }

        if (dossierLink is not null)
        {
            body.AppendLine(english ? $"View the dossier: {dossierLink}" : $"Xem hồ sơ: {dossierLink}");
        }

        body.AppendLine()
            .AppendLine(english
                ? "This message was sent automatically by the online public services of the Hanoi education sector; please do not reply."
                : "Thư này được gửi tự động từ Cổng dịch vụ công ngành Giáo dục Hà Nội, vui lòng không trả lời.");
        var subject = english ? notice.TitleEn : notice.TitleVi;
        return new EmailMessage(to.Email!, to.Name, $"[DVC Hà Nội] {subject}", body.ToString(), idempotencyKey);
    }

    public static string ShortText(Notice notice, RecipientAddress to) =>
        $"DVC Ha Noi: {(to.English ? notice.TitleEn : notice.TitleVi)}";
}
