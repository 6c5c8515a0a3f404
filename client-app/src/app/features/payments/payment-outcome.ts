import type { PaymentDto, PaymentReturnDto } from '../../core/api/payments.api';

/** What the return page tells the payer. */
export type PaymentOutcome = 'paid' | 'pending' | 'failed' | 'invalid';

/**
 * The gateway's word on the browser's return is not proof: only the API's record (settled by the gateway's
 * server-to-server notification) says "paid". A return the gateway calls successful but not yet recorded is pending.
 */
export function outcomeOf(shown: PaymentReturnDto): PaymentOutcome {
  if (!shown.signatureValid || shown.dossierId === null) return 'invalid';
  if (shown.status === 'Paid') return 'paid';
  if (shown.status === 'Failed' || !shown.gatewaySucceeded) return 'failed';
  return 'pending';
}

/** While pending, the dossier's payment list decides once the notification has arrived. */
export function settledOutcome(
  payments: readonly PaymentDto[],
  amountVnd: number | null,
): PaymentOutcome | null {
  if (
    payments.some((p) => p.status === 'Paid' && (amountVnd === null || p.amountVnd === amountVnd))
  )
    return 'paid';
  return null;
}
