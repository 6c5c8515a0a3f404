namespace HanoiDvc.Domain.PersonalDocuments;

/// <summary>How a document came into its owner's store (kho quản lý dữ liệu điện tử của cá nhân).</summary>
public enum PersonalDocumentOrigin
{
    /// <summary>The owner uploaded it; nobody has checked it yet.</summary>
    Uploaded = 0,

    /// <summary>It was a file of an online dossier the desk received (the desk accepted it as that document).</summary>
    AcceptedWithDossier = 1,

    /// <summary>The desk digitised the paper the owner brought (bản sao điện tử từ bản giấy).</summary>
    DigitisedAtDesk = 2,

    /// <summary>The electronic result of one of the owner's dossiers.</summary>
    IssuedResult = 3,
}
