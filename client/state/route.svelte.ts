/** The current page, from the location hash (back and forward work). */
import { parseRoute, type Route } from '../lib/route.ts';

export class RouteState {
  current = $state.raw<Route>({ page: 'unit' });

  constructor() {
    if (typeof window === 'undefined') return;
    this.current = parseRoute(location.hash);
    window.addEventListener('hashchange', () => (this.current = parseRoute(location.hash)));
  }

  /** Goes to `hash`; replaces the history entry when only the trend's settings change. */
  go(hash: string, replace = false): void {
    if (replace) history.replaceState(null, '', hash);
    else location.hash = hash;
    this.current = parseRoute(hash);
  }
}
