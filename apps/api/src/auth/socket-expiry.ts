/** The close a socket gets when its token expires (graphql-ws's Forbidden code): the console then signs in again. */
export const TOKEN_EXPIRED_CLOSE = { code: 4403, reason: 'token expired' } as const;
/** setTimeout's longest delay (about 24.8 days); a later `exp` is reached in steps. */
const MAX_TIMER_DELAY_MS = 2_147_483_647;

interface ClosableSocket {
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/** Closes the socket at `expiresAt` (ms since the epoch), or at once if it has passed; forgets the timer on close. */
export function closeAtExpiry(socket: ClosableSocket, expiresAt: number, now: () => number = Date.now): void {
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => {
    const left = expiresAt - now();
    if (left <= 0) return socket.close(TOKEN_EXPIRED_CLOSE.code, TOKEN_EXPIRED_CLOSE.reason);
    timer = setTimeout(arm, Math.min(left, MAX_TIMER_DELAY_MS));
  };
  socket.once('close', () => clearTimeout(timer));
  arm();
}
