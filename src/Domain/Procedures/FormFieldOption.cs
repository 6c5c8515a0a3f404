namespace HanoiDvc.Domain.Procedures;

/// <summary>One choice of a select field.</summary>
public sealed record FormFieldOption(string Value, string Label, string LabelEn);
