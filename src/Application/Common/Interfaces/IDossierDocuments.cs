using HanoiDvc.Application.Documents;

namespace HanoiDvc.Application.Common.Interfaces;

/// <summary>Renders the printable forms given to applicants (receipt, supplement request, rejection, apology).</summary>
public interface IDossierDocuments
{
    /// <summary>Renders <paramref name="document"/> with the template of its kind and returns the PDF file.</summary>
    byte[] Render(DossierDocument document);
}
