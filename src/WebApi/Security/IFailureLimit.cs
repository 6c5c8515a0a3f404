namespace HanoiDvc.WebApi.Security;

/// <summary>How many failures for one subject from one client IP lock that pair, within which window, and for how long.</summary>
public interface IFailureLimit
{
    /// <summary>Failures before the lock.</summary>
    int FailureLimit { get; }

    /// <summary>The window in which failures count, in seconds.</summary>
    int FailureWindowSeconds { get; }

    /// <summary>How long the lock lasts, in seconds.</summary>
    int LockoutSeconds { get; }
}
