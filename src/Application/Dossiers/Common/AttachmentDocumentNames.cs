using FluentValidation.Results;
using HanoiDvc.Application.Common.Localization;

namespace HanoiDvc.Application.Dossiers.Common;

/// <summary>The request's check that a file is given for one of the documents the dossier's procedure asks for.</summary>
internal static class AttachmentDocumentNames
{
    /// <summary>The trimmed name, or a 400 on <c>documentName</c> when the procedure does not ask for it.</summary>
    /// <exception cref="RequestValidationException">The procedure lists its documents and this is none of them.</exception>
    public static string? EnsureAsked(Dossier dossier, string? documentName)
    {
        var name = documentName?.Trim();
        if (!string.IsNullOrEmpty(name) && dossier.RequiredDocuments.Count > 0 && !dossier.RequiredDocuments.Any(d => d.Name == name))
        {
            throw new RequestValidationException([new ValidationFailure("documentName", Localized.Text(
                "Thủ tục không yêu cầu giấy tờ này; chọn một thành phần hồ sơ trong danh sách.",
                "The procedure does not ask for this document; choose one of its listed documents."))]);
        }

        return name;
    }
}
