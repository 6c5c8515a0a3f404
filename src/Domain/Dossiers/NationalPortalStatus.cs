namespace HanoiDvc.Domain.Dossiers;

/// <summary>The statuses the national public-service portal synchronises, in its own Vietnamese words.</summary>
public static class NationalPortalStatus
{
    /// <summary>mới đăng ký: submitted, not yet checked.</summary>
    public const string New = "Mới đăng ký";

    /// <summary>được tiếp nhận.</summary>
    public const string Received = "Được tiếp nhận";

    /// <summary>không được tiếp nhận.</summary>
    public const string NotReceived = "Không được tiếp nhận";

    /// <summary>đang xử lý.</summary>
    public const string Processing = "Đang xử lý";

    /// <summary>yêu cầu bổ sung giấy tờ.</summary>
    public const string SupplementRequested = "Yêu cầu bổ sung giấy tờ";

    /// <summary>dừng xử lý.</summary>
    public const string Stopped = "Dừng xử lý";

    /// <summary>
    /// yêu cầu thực hiện nghĩa vụ tài chính: the fees are due online and the next step waits for them (not a
    /// <see cref="DossierStatus"/> of its own: derived from the payment state, see <see cref="Of(Dossier)"/>).
    /// </summary>
    public const string FinancialObligationRequested = "Yêu cầu thực hiện nghĩa vụ tài chính";

    /// <summary>công dân yêu cầu rút hồ sơ.</summary>
    public const string Withdrawn = "Công dân yêu cầu rút hồ sơ";

    /// <summary>đã xử lý xong: the result (or the written refusal) is ready.</summary>
    public const string Resolved = "Đã xử lý xong";

    /// <summary>đã trả kết quả.</summary>
    public const string ResultReturned = "Đã trả kết quả";

    /// <summary>
    /// The portal status of <paramref name="dossier"/>: "financial obligation requested" while its next step waits for fees
    /// due online (<see cref="Dossier.AwaitsPayment"/>), otherwise the word of its status (<see cref="Of(DossierStatus)"/>);
    /// once paid, the status that applies again.
    /// </summary>
    public static string? Of(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return Of(dossier.Status, dossier.AwaitsPayment);
    }

    /// <summary>The portal status of a dossier in <paramref name="status"/> whose next step does or does not wait for fees (<see cref="Dossier.AwaitsPayment"/>).</summary>
    public static string? Of(DossierStatus status, bool awaitsPayment) => awaitsPayment ? FinancialObligationRequested : Of(status);

    /// <summary>The portal status of <paramref name="status"/>; null for a draft, which the portal never sees.</summary>
    public static string? Of(DossierStatus status) => status switch
    {
        DossierStatus.Draft => null,
        DossierStatus.Submitted => New,
        DossierStatus.Received => Received,
        DossierStatus.NotReceived => NotReceived,
        DossierStatus.SupplementRequested => SupplementRequested,
        DossierStatus.InProcessing or DossierStatus.AwaitingApproval => Processing,
        DossierStatus.Resolved or DossierStatus.Refused => Resolved,
        DossierStatus.Stopped => Stopped,
        DossierStatus.Withdrawn => Withdrawn,
        DossierStatus.ResultReturned => ResultReturned,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown dossier status."),
    };
}
