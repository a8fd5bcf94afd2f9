/**
 * Which fields of which events are personal data (DESIGN.md "Personal data and integrity"): the contact's name
 * when a conversation opens, and the notes of transfers, unassignments and declined offers.
 */
export const NOTE_EVENTS: ReadonlySet<string> = new Set(['ConversationTransferred', 'ConversationUnassigned', 'ConversationOfferDeclined']);
export const OPENED = 'ConversationOpened';
/** forgetContact's record in each conversation it erased (apps/api/src/privacy). */
export const ERASED = 'ConversationPersonalDataErased';

export type PersonalField = 'contact.name' | 'note';

type Data = Record<string, unknown>;

export function personalFieldOf(type: string): PersonalField | null {
  if (type === OPENED) return 'contact.name';
  return NOTE_EVENTS.has(type) ? 'note' : null;
}

export function readField(data: Data, field: PersonalField): unknown {
  if (field === 'note') return data.note;
  const contact = data.contact;
  return typeof contact === 'object' && contact !== null ? (contact as Data).name : undefined;
}

/** A copy of the data with the field replaced (the data's other members shared, never changed in place). */
export function withField(data: Data, field: PersonalField, value: unknown): Data {
  if (field === 'note') return { ...data, note: value };
  return { ...data, contact: { ...(data.contact as Data), name: value } };
}

/** Whose personal data a conversation's events hold: its contact's, else the conversation's own. */
export function subjectOfOpening(data: Data): string {
  const contact = data.contact;
  const contactId = typeof contact === 'object' && contact !== null ? (contact as Data).id : undefined;
  return typeof contactId === 'string' ? contactSubject(contactId) : `conversation:${String(data.conversationId)}`;
}

export const contactSubject = (contactId: string): string => `contact:${contactId}`;

export function conversationIdOf(data: Data): string | null {
  return typeof data.conversationId === 'string' ? data.conversationId : null;
}
