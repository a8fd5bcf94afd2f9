import { ProcessManager } from '../process-manager';
import { toyManager } from './toy-manager';

const keyOf = (subject: string): string => `toy:${subject}`;

/**
 * The toy's next version: the same decisions and commands, its state under other keys (`toy:<subject>`, version 1
 * kept `<subject>`), so it declares version 1's state unreadable. Its reminders are due `delayMs` after the event,
 * not after the reaction, so a fold from the beginning arms them when version 1 did.
 */
export const toyManagerV2: ProcessManager = {
  ...toyManager,
  version: 2,
  stateReadableSince: 2,
  keys: (event) => [keyOf(String(event.data.subject))],
  react(state, event) {
    const subject = String(event.data.subject);
    if (event.type === 'ToyStopped') return { state: { [keyOf(subject)]: { waiting: false } }, timers: { cancel: [`remind:${subject}`] } };
    const dueAt = new Date(Date.parse(event.metadata.occurredAt) + Number(event.data.delayMs ?? 1000));
    return {
      state: { [keyOf(subject)]: { waiting: true } },
      commands: [{ type: 'ToyAcknowledge', payload: { subject } }],
      timers: { set: [{ id: `remind:${subject}`, dueAt, payload: { subject } }] },
    };
  },
  onTimer(state, timer) {
    const subject = String(timer.payload.subject);
    if (!state[keyOf(subject)]?.waiting) return {};
    return { state: { [keyOf(subject)]: { waiting: false } }, commands: [{ type: 'ToyRemind', payload: { subject } }] };
  },
};
