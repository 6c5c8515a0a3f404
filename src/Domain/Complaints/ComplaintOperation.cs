namespace HanoiDvc.Domain.Complaints;

/// <summary>What an official may do to a complaint; the API lists the ones allowed now so the client never decides.</summary>
public enum ComplaintOperation
{
    /// <summary>Answer in writing.</summary>
    Answer = 1,

    /// <summary>Close as outside the agency's scope, with reasons.</summary>
    CloseOutOfScope = 2,
}
