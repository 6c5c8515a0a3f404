using HanoiDvc.Domain.Procedures;

namespace HanoiDvc.Domain.Dossiers;

/// <summary>
/// What a dossier owes, copied from its procedure version when the draft starts: the fees, when they are due, and
/// whether they are paid online (the version's setting). The amount is fixed at submission from the form values.
/// </summary>
/// <param name="Fees">The procedure version's fees.</param>
/// <param name="Due">Before reception or before the result.</param>
/// <param name="Online">Whether the applicant pays online (the procedure version's setting, whatever its level).</param>
public sealed record PaymentTerms(IReadOnlyList<Fee> Fees, PaymentDue Due, bool Online)
{
    /// <summary>No fees, nothing online: what a dossier has when its procedure charges nothing.</summary>
    public static PaymentTerms None { get; } = new([], PaymentDue.BeforeReception, false);

    /// <summary>The terms of a procedure version.</summary>
    public static PaymentTerms Of(ProcedureContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new PaymentTerms(content.Fees, content.PaymentDue, content.OffersOnlinePayment);
    }

    /// <summary>The total of the fees for <paramref name="formData"/>.</summary>
    public long AmountFor(IReadOnlyDictionary<string, string?> formData) => Fees.Sum(f => f.AmountFor(formData));
}
