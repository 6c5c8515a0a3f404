namespace HanoiDvc.Domain.Procedures;

/// <summary>Types of the fields an applicant fills online.</summary>
public enum FormFieldType
{
    Text,
    Number,
    Date,
    Select,
    CitizenId,
    Phone,
    Email,
    School,
    File,
}
