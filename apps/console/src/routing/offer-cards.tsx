import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { conversationLabel } from '../ui/conversation-label';
import { ErrorMessage } from '../ui/messages';
import { Countdown } from './countdown-timer';
import { secondsUntil } from './countdown';
import { DeclineDialog } from './decline-dialog';
import { OfferedConversation } from './types';
import { useOfferResponse } from './use-offer-response';

interface OfferCardsProps {
  offers: OfferedConversation[];
  onDone: (conversation: OfferedConversation, message: string) => void;
}

/** What to announce: the newest offer not seen before (an offer seen at load is announced too: it is new to the agent). */
function useNewOfferAnnouncement(offers: OfferedConversation[]): string {
  const { t } = useI18n();
  const seen = useRef(new Set<string>());
  const [message, setMessage] = useState('');
  useEffect(() => {
    const fresh = offers.filter((offer) => !seen.current.has(offer.id));
    fresh.forEach((offer) => seen.current.add(offer.id));
    const newest = fresh[fresh.length - 1];
    if (newest?.offer) {
      const seconds = secondsUntil(newest.offer.expiresAt, Date.now());
      setMessage(t('offerAnnouncement', { conversation: conversationLabel(newest), queue: newest.queueId, seconds }));
    }
  }, [offers, t]);
  return message;
}

/**
 * The offers waiting for this agent. The alert region is always in the page, so a screen reader announces each new
 * offer as it arrives (without moving focus); Accept and Decline are plain buttons in tab order with visible focus.
 */
export function OfferCards({ offers, onDone }: OfferCardsProps) {
  const { t } = useI18n();
  const [declining, setDeclining] = useState<OfferedConversation | null>(null);
  const announcement = useNewOfferAnnouncement(offers);
  const response = useOfferResponse((conversation, accepted) => {
    setDeclining(null);
    const label = conversationLabel(conversation);
    onDone(conversation, accepted ? t('offerAccepted', { conversation: label }) : t('offerDeclined', { conversation: label }));
  });
  return (
    <section className="offers" aria-labelledby="offers-title" data-offers={offers.length}>
      <h2 id="offers-title" className={offers.length ? undefined : 'sr-only'}>
        {t('offersTitle')}
      </h2>
      {!declining && <ErrorMessage error={response.error} />}
      <div role="alert" className="sr-only" data-testid="offer-announcement">
        {announcement}
      </div>
      <ul className="offer-list">
        {offers.map((offer) => (
          <OfferCard key={offer.id} offer={offer} busy={response.busyId === offer.id} onAccept={() => void response.accept(offer)} onDecline={() => setDeclining(offer)} />
        ))}
      </ul>
      {declining && (
        <DeclineDialog offer={declining} busy={response.busyId === declining.id} error={response.error} onDecline={(note) => void response.decline(declining, note)} onClose={() => setDeclining(null)} />
      )}
    </section>
  );
}

function OfferCard({ offer, busy, onAccept, onDecline }: { offer: OfferedConversation; busy: boolean; onAccept: () => void; onDecline: () => void }) {
  const { t } = useI18n();
  const label = conversationLabel(offer);
  const titleId = `offer-${offer.id}-title`;
  const expiresAt = offer.offer!.expiresAt;
  return (
    <li className="offer-card" data-offer={offer.id} aria-labelledby={titleId}>
      <p className="offer-title" id={titleId}>
        {t('offerTitle', { conversation: label })}
      </p>
      <p className="muted">{t('offerDetails', { queue: offer.queueId, channel: offer.channel })}</p>
      <p>
        {t('offerExpiresIn')} <Countdown expiresAt={expiresAt} />
      </p>
      <div className="offer-actions">
        <button type="button" aria-describedby={titleId} disabled={busy} onClick={onAccept}>
          {t('offerAccept')}
        </button>
        <button type="button" className="secondary" aria-describedby={titleId} disabled={busy} onClick={onDecline}>
          {t('offerDecline')}
        </button>
      </div>
    </li>
  );
}
