namespace HanoiDvc.WebApi.Security;

/// <summary>A rate limit of <see cref="PermitLimit"/> requests per fixed window of <see cref="WindowSeconds"/>.</summary>
public interface IFixedWindowLimit
{
    int PermitLimit { get; }

    int WindowSeconds { get; }
}
