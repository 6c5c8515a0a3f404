namespace HanoiDvc.Infrastructure.Notifications;

/// <summary>Configuration section <c>Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The SPA's dossier page, relative to <c>PublicSite:BaseUrl</c>; <c>{id}</c> is replaced by the dossier id.</summary>
    public string DossierPath { get; set; } = "/ho-so/{id}";
}

/// <summary>Configuration section <c>Smtp</c>: the mail relay. The password comes from configuration (environment or secret store) only.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>Whether emails are sent at all (off: notifications stay in-app).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Relay host.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>Relay port.</summary>
    public int Port { get; set; } = 25;

    /// <summary><c>None</c>, <c>StartTls</c>, <c>SslOnConnect</c> or <c>Auto</c> (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";

    /// <summary>User name, when the relay asks for authentication.</summary>
    public string? UserName { get; set; }

    /// <summary>Password (configuration only, never committed).</summary>
    public string? Password { get; set; }

    /// <summary>Sender address.</summary>
    public string From { get; set; } = "no-reply@dichvucong.hanoi.edu.vn";

    /// <summary>Sender name.</summary>
    public string FromName { get; set; } = "Dịch vụ công ngành Giáo dục Hà Nội";
}
