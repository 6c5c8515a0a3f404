import { describe, expect, it } from 'vitest';

import type { PaymentDto, PaymentReturnDto } from '../../core/api/payments.api';
import { outcomeOf, settledOutcome } from './payment-outcome';

const shown = (overrides: Partial<PaymentReturnDto>): PaymentReturnDto => ({
  signatureValid: true,
  gatewaySucceeded: true,
  gatewayResponseCode: '00',
  dossierId: 'd1',
  amountVnd: 60000,
  status: 'Pending',
  ...overrides,
});

const payment = (status: PaymentDto['status'], amountVnd = 60000): PaymentDto => ({
  id: 'p1',
  dossierId: 'd1',
  provider: 'VnPay',
  orderRef: 'order-1',
  amountVnd,
  status,
  createdAt: '2026-03-02T01:00:00Z',
  expiresAt: '2026-03-02T01:15:00Z',
  completedAt: null,
  gatewayTransactionNo: null,
  gatewayResponseCode: null,
  bankCode: null,
  refundedAt: null,
  refundReason: null,
});

describe('the payment return page', () => {
  it('believes only the recorded state, not the gateway word alone', () => {
    expect(outcomeOf(shown({ status: 'Paid' }))).toBe('paid');
    expect(outcomeOf(shown({ status: 'Pending' }))).toBe('pending');
    expect(
      outcomeOf(shown({ gatewaySucceeded: false, gatewayResponseCode: '24', status: 'Failed' })),
    ).toBe('failed');
    expect(outcomeOf(shown({ gatewaySucceeded: false, status: 'Pending' }))).toBe('failed');
  });

  it('treats a forged or unknown return as invalid', () => {
    expect(outcomeOf(shown({ signatureValid: false, status: null }))).toBe('invalid');
    expect(outcomeOf(shown({ dossierId: null, status: null }))).toBe('invalid');
  });

  it('settles a pending return once a paid payment of that amount is recorded', () => {
    expect(settledOutcome([payment('Pending')], 60000)).toBeNull();
    expect(settledOutcome([payment('Paid', 20000)], 60000)).toBeNull();
    expect(settledOutcome([payment('Failed'), payment('Paid')], 60000)).toBe('paid');
  });
});
