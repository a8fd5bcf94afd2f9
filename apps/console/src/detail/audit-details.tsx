import { AuditEntry } from '../api/types';
import { en, MessageKey } from '../i18n/en';
import { Translate } from '../i18n/i18n';

interface EventData {
  queueId?: string;
  channel?: string;
  contact?: { id: string; name?: string };
  agentId?: string;
  fromAgentId?: string;
  toAgentId?: string;
  reasonId?: string;
  reasonName?: string;
  note?: string;
}

function parse(entry: AuditEntry): EventData {
  try {
    return JSON.parse(entry.data) as EventData;
  } catch {
    return {};
  }
}

export function eventLabel(type: string, t: Translate): string {
  const key = `ev${type}`;
  return key in en ? t(key as MessageKey) : type;
}

/** The parts of an event an auditor asks about: where, to whom, from whom, why and the note. */
export function AuditDetails({ entry, nameOf, t }: { entry: AuditEntry; nameOf: (agentId: string) => string; t: Translate }) {
  const data = parse(entry);
  const lines: string[] = [];
  if (entry.type === 'ConversationOpened' && data.queueId) lines.push(t('detailQueue', { queue: data.queueId }));
  if (data.fromAgentId && data.toAgentId) lines.push(t('detailFromTo', { from: nameOf(data.fromAgentId), to: nameOf(data.toAgentId) }));
  else if (data.agentId) lines.push(t('detailAgent', { agent: nameOf(data.agentId) }));
  if (data.reasonName) lines.push(t('detailReason', { reason: data.reasonName }));
  return (
    <>
      {lines.map((line) => (
        <span key={line} className="block">
          {line}
        </span>
      ))}
      {data.note && <span className="block note-text">{t('detailNote', { note: data.note })}</span>}
      {entry.commandId && <span className="block muted small">{t('detailCommand', { id: entry.commandId })}</span>}
    </>
  );
}
