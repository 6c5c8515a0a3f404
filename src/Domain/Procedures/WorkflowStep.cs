namespace HanoiDvc.Domain.Procedures;

/// <summary>One step of the processing workflow: who acts, and which share of the time limit the step gets.</summary>
public sealed record WorkflowStep(string Name, string NameEn, string Role, decimal Share);
