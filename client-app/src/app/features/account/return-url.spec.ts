import { describe, expect, it } from 'vitest';

import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps a path of this site', () => {
    expect(safeReturnUrl('/thu-tuc?q=a', '/tai-khoan')).toBe('/thu-tuc?q=a');
  });

  it('refuses other origins and anything that is not a path', () => {
    for (const value of [
      '//evil.example',
      'https://evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
      null,
    ]) {
      expect(safeReturnUrl(value, '/tai-khoan')).toBe('/tai-khoan');
    }
  });
});
