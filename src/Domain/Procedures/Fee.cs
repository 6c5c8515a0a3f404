namespace HanoiDvc.Domain.Procedures;

/// <summary>A fee or charge of a procedure: a fixed amount in đồng, or a rule when the amount depends on the case.</summary>
public sealed record Fee(string Name, string NameEn, long? AmountVnd, string? Rule);
