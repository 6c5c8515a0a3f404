/**
 * All API calls are relative: the SPA is served by the API on the same origin
 * (and `ng serve` proxies `/api` to the local API, see proxy.conf.json).
 */
export const API_BASE_URL = '/api/v1';

/** True for requests addressed to our own API. */
export function isApiUrl(url: string): boolean {
  return url === '/api' || url.startsWith('/api/');
}
