namespace HanoiDvc.Domain.Dossiers;

/// <summary>How a dossier is submitted or its result returned; statistics split by channel.</summary>
public enum Channel
{
    /// <summary>At the desk (trực tiếp).</summary>
    InPerson = 1,

    /// <summary>Through the online portal (trực tuyến).</summary>
    Online = 2,

    /// <summary>By the public postal service (dịch vụ bưu chính công ích).</summary>
    Post = 3,
}
