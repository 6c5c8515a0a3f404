namespace HanoiDvc.Application.Notifications;

/// <summary>
/// One message to one user, in Vietnamese and English: what a <see cref="INotificationMapping{TEvent}"/> turns an event
/// into. It becomes an in-app notification and, where the user has an address, an email (and an SMS/Zalo message for applicants).
/// </summary>
/// <param name="RecipientId">The user told.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="DossierId">The dossier it is about, if one (the link in the message opens it).</param>
/// <param name="DossierReference">The dossier's code, else its tracking number, as shown in the message.</param>
/// <param name="TitleVi">Short title in Vietnamese (the email's subject).</param>
/// <param name="TitleEn">Short title in English.</param>
/// <param name="BodyVi">The message in Vietnamese.</param>
/// <param name="BodyEn">The message in English.</param>
public sealed record Notice(Guid RecipientId, NotificationKind Kind, Guid? DossierId, string? DossierReference, string TitleVi, string TitleEn, string BodyVi, string BodyEn);
