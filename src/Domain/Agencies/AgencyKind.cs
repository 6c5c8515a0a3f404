namespace HanoiDvc.Domain.Agencies;

/// <summary>What sort of body an agency is. The administrative level it sits at is data (<see cref="AdministrativeLevel"/>).</summary>
public enum AgencyKind
{
    /// <summary>Sở Giáo dục và Đào tạo.</summary>
    Department,

    /// <summary>A specialist division (phòng chuyên môn) of the Department.</summary>
    Division,

    /// <summary>A district People's Committee (UBND cấp huyện), where districts exist.</summary>
    DistrictCommittee,

    /// <summary>A district's education office (Phòng Giáo dục và Đào tạo).</summary>
    EducationOffice,

    /// <summary>A commune or ward People's Committee (UBND cấp xã).</summary>
    CommuneCommittee,

    /// <summary>A Public Administration Service Centre (Trung tâm Phục vụ hành chính công) that receives dossiers.</summary>
    ServiceCentre,
}
