import { useEffect, useState } from 'react';
import { Role } from '../api/types';
import { MessageKey } from '../i18n/en';

export type ScreenName = 'queues' | 'my-work' | 'queue-settings' | 'reasons' | 'performance' | 'history' | 'audit';

export interface Route {
  screen: ScreenName;
  /** The queue of the queue screen, or the conversation of the history screen. */
  param?: string;
}

export const SCREENS: Array<{ screen: ScreenName; label: MessageKey; roles: Role[] }> = [
  // ANALYST and AUDITOR see the queue screen as a replay only (replay/replay-screen.tsx): they may not read the live lists.
  { screen: 'queues', label: 'navQueues', roles: ['SUPERVISOR', 'ANALYST', 'AUDITOR', 'ADMIN'] },
  { screen: 'my-work', label: 'navMyWork', roles: ['AGENT'] },
  { screen: 'queue-settings', label: 'navQueueSettings', roles: ['SUPERVISOR', 'ADMIN'] },
  { screen: 'reasons', label: 'navReasons', roles: ['SUPERVISOR', 'ADMIN'] },
  { screen: 'performance', label: 'navPerformance', roles: ['SUPERVISOR', 'ANALYST', 'ADMIN'] },
  { screen: 'history', label: 'navHistory', roles: ['SUPERVISOR', 'AUDITOR', 'ADMIN'] },
  { screen: 'audit', label: 'navAudit', roles: ['AUDITOR', 'ADMIN'] },
];

/** Screens live in the hash (#/queues/sales); the token never does. */
export function parseHash(hash: string): Route | null {
  const [screen, ...rest] = hash.replace(/^#\/?/, '').split('/');
  if (!SCREENS.some((entry) => entry.screen === screen)) return null;
  const param = rest.length ? decodeURIComponent(rest.join('/')) : undefined;
  return { screen: screen as ScreenName, param: param || undefined };
}

export function hrefOf(route: Route): string {
  return `#/${route.screen}${route.param ? `/${encodeURIComponent(route.param)}` : ''}`;
}

export function navigate(route: Route): void {
  location.hash = hrefOf(route);
}

/** Like navigate, without a new history entry (for defaults the user did not choose). */
export function replaceRoute(route: Route): void {
  location.replace(hrefOf(route));
}

export function useHashRoute(): Route | null {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
