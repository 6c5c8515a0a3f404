namespace HanoiDvc.Domain.PersonalDocuments;

/// <summary>What a personal document is: its type and the facts printed on it.</summary>
/// <param name="DocumentType">What the paper is (e.g. "Bằng tốt nghiệp trung học phổ thông"); matched against the documents a procedure asks for.</param>
/// <param name="IssuingBody">Who issued it, if known.</param>
/// <param name="Number">Its number and symbol (số, ký hiệu), if any.</param>
/// <param name="IssuedOn">When it was issued, if known.</param>
/// <param name="ValidUntil">The last day it is valid; null when it does not expire.</param>
public sealed record PersonalDocumentDetails(string DocumentType, string? IssuingBody, string? Number, DateOnly? IssuedOn, DateOnly? ValidUntil);
