namespace HanoiDvc.Domain.Procedures;

/// <summary>Field (lĩnh vực) of a procedure.</summary>
public enum ProcedureField
{
    /// <summary>Giáo dục và đào tạo.</summary>
    EducationTraining,

    /// <summary>Văn bằng, chứng chỉ.</summary>
    DiplomasCertificates,

    /// <summary>Thi, tuyển sinh.</summary>
    ExamsAdmissions,
}
