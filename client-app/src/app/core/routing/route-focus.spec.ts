import { describe, expect, it } from 'vitest';

import { pathOf, shouldMoveFocus } from './route-focus';

describe('focus on route change', () => {
  const main = document.createElement('main');
  const field = document.createElement('input');
  main.append(field);
  const headerLink = document.createElement('a');
  document.body.append(main, headerLink);

  it('moves to the main content when the page changes', () => {
    expect(shouldMoveFocus('/thu-tuc', '/tra-cuu', headerLink, main)).toBe(true);
    expect(shouldMoveFocus('/thu-tuc', '/thu-tuc/1', document.body, main)).toBe(true);
  });

  it('stays put on the first load, on a new filter of the same page, and where the page put it', () => {
    expect(shouldMoveFocus(null, '/', document.body, main)).toBe(false);
    expect(shouldMoveFocus('/thu-tuc?q=a', '/thu-tuc?q=b&page=2', headerLink, main)).toBe(false);
    expect(shouldMoveFocus('/', '/tra-cuu?code=X', field, main)).toBe(false);
  });

  it('reads the path without query or fragment', () => {
    expect(pathOf('/thu-tuc?q=cap#top')).toBe('/thu-tuc');
  });
});
