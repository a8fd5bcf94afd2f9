import { useEffect, useState } from 'react';

const VISIBLE_MS = 6000;

/** A polite live region for outcomes ("transferred to Ben"), also shown as a toast for a few seconds. */
export function useAnnouncement(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return [message, setMessage];
}

export function Announcement({ message }: { message: string }) {
  return (
    <div className={message ? 'toast toast-visible' : 'toast'} role="status" aria-live="polite" data-testid="announcement">
      {message}
    </div>
  );
}
