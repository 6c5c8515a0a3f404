using HanoiDvc.Domain.PersonalDocuments;

namespace HanoiDvc.Application.PersonalDocuments.Common;

/// <summary>The shape of a document's details, checked before the aggregate sees them (the same limits as its own).</summary>
internal sealed class PersonalDocumentDetailsValidator : AbstractValidator<PersonalDocumentDetails>
{
    public PersonalDocumentDetailsValidator()
    {
        RuleFor(x => x.DocumentType).NotEmpty().Must(t => !string.IsNullOrWhiteSpace(t)).MaximumLength(PersonalDocument.DocumentTypeMaxLength);
        RuleFor(x => x.IssuingBody).MaximumLength(PersonalDocument.IssuingBodyMaxLength);
        RuleFor(x => x.Number).MaximumLength(PersonalDocument.NumberMaxLength);
        RuleFor(x => x.ValidUntil).GreaterThanOrEqualTo(x => x.IssuedOn).When(x => x.IssuedOn is not null && x.ValidUntil is not null);
    }
}
