namespace HanoiDvc.Domain.Dossiers;

/// <summary>One problem with one value of a dossier's form, in Vietnamese and English.</summary>
/// <param name="Key">The field's key (or the unknown key sent), or <c>documents[i]</c> for a missing required document.</param>
/// <param name="Code">Stable machine code: <c>required</c>, <c>unknown</c>, <c>too_long</c>, <c>pattern</c>, <c>number</c>, <c>min</c>, <c>max</c>, <c>date</c>, <c>option</c>, <c>citizen_id</c>, <c>phone</c>, <c>email</c>, <c>missing_document</c>.</param>
/// <param name="Message">The message in Vietnamese.</param>
/// <param name="MessageEn">The message in English.</param>
public sealed record FormDataError(string Key, string Code, string Message, string MessageEn);
