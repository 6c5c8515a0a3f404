using System.Text;
using HanoiDvc.Application.Common.Models;
using HanoiDvc.Application.Notifications;
using HanoiDvc.Application.Notifications.Channels;
using HanoiDvc.Domain.Complaints;
using HanoiDvc.Domain.Complaints.Events;

namespace HanoiDvc.Infrastructure.Notifications;

/// <summary>
/// Mails the agency's answer (or its reasons for closing) to the e-mail the complainant gave, with the link to track it.
/// A complainant without an e-mail reads the answer by tracking the code. The message id is keyed by the outbox message,
/// so a delivery repeated after a crash is recognisable.
/// </summary>
internal sealed class ComplaintAnswerMail(AppDbContext db, IEmailSender email, IOptions<PublicSiteOptions> site) : IOutboxHandler<ComplaintAnswered>
{
    /// <summary>The SPA's tracking page; the code is appended.</summary>
    public const string TrackingPath = "/phan-anh/tra-cuu?code=";

    public async Task HandleAsync(ComplaintAnswered domainEvent, Guid outboxMessageId, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == domainEvent.ComplaintId, cancellationToken);
        if (complaint is not { ContactEmail: { } to, Answer: { } answer })
        {
            return;
        }

        var closed = complaint.Status == ComplaintStatus.ClosedOutOfScope;
        var body = new StringBuilder()
            .AppendLine($"Kính gửi {complaint.ComplainantName},")
            .AppendLine()
            .AppendLine(closed
                ? $"Phản ánh, kiến nghị mã {complaint.TrackingCode} không thuộc phạm vi xử lý của cơ quan. Lý do:"
                : $"Cơ quan đã trả lời phản ánh, kiến nghị mã {complaint.TrackingCode} của bạn:")
            .AppendLine()
            .AppendLine(answer)
            .AppendLine()
            .AppendLine($"Tra cứu: {new Uri(site.Value.BaseUrl, TrackingPath + complaint.TrackingCode)}")
            .AppendLine()
            .AppendLine("Thư này được gửi tự động từ Cổng dịch vụ công ngành Giáo dục Hà Nội, vui lòng không trả lời.");
        var subject = closed ? "Phản ánh, kiến nghị không thuộc phạm vi xử lý" : "Trả lời phản ánh, kiến nghị";
        await email.SendAsync(
            new EmailMessage(to, complaint.ComplainantName, $"[DVC Hà Nội] {subject} {complaint.TrackingCode}", body.ToString(), $"{outboxMessageId:N}.complaint-answer"),
            cancellationToken);
    }
}
