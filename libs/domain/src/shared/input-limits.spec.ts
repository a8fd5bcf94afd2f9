import { BadInput } from './errors';
import {
  checkChannel,
  checkDescription,
  checkExpectedVersion,
  checkId,
  checkName,
  checkNote,
  checkOptionalId,
  checkOptionalName,
  checkPageSize,
  checkQueueIds,
  LIMITS,
} from './input-limits';
import { expectThrows } from '../testing/decider-spec';

const text = (length: number): string => 'x'.repeat(length);

describe('input limits', () => {
  describe('ids', () => {
    it('accepts an id of 128 characters', () => {
      expect(checkId('input.agentId', text(LIMITS.idLength))).toBe(text(LIMITS.idLength));
    });

    it('refuses an empty id', () => {
      expectThrows(() => checkId('input.agentId', ''), BadInput, 'input.agentId');
    });

    it('refuses a missing id', () => {
      expectThrows(() => checkId('input.agentId', undefined), BadInput, 'input.agentId');
    });

    it('refuses an id that is not text', () => {
      expectThrows(() => checkId('input.agentId', 42), BadInput, 'input.agentId');
    });

    it('refuses a whitespace-only id', () => {
      expectThrows(() => checkId('input.reasonId', ' \t '), BadInput, 'input.reasonId');
    });

    it('refuses an id of 129 characters', () => {
      expectThrows(() => checkId('input.conversationId', text(LIMITS.idLength + 1)), BadInput, 'input.conversationId');
    });

    it.each([
      ['a newline', 'agent\n1'],
      ['a NUL', 'agent\u00001'],
      ['a DEL', 'agent\u007f1'],
      ['a C1 control character', 'agent\u00851'],
    ])('refuses an id with %s', (_, id) => {
      expectThrows(() => checkId('input.toAgentId', id), BadInput, 'input.toAgentId');
    });

    it('accepts an id with letters beyond ASCII', () => {
      expect(checkId('input.agentId', 'agënt-ü')).toBe('agënt-ü');
    });

    it('lets an optional id be absent', () => {
      expect(checkOptionalId('input.commandId', undefined)).toBeUndefined();
    });

    it('checks an optional id that is given', () => {
      expectThrows(() => checkOptionalId('input.commandId', ' '), BadInput, 'input.commandId');
    });
  });

  describe('names', () => {
    it('accepts a name of 200 characters', () => {
      expect(checkName('input.name', text(LIMITS.nameLength))).toBe(text(LIMITS.nameLength));
    });

    it('refuses a name of 201 characters', () => {
      expectThrows(() => checkName('input.name', text(LIMITS.nameLength + 1)), BadInput, 'input.name');
    });

    it('refuses a blank name', () => {
      expectThrows(() => checkName('input.name', '   '), BadInput, 'input.name');
    });

    it('lets an optional contact name be absent', () => {
      expect(checkOptionalName('input.contact.name', undefined)).toBeUndefined();
    });

    it('refuses a contact name of 201 characters', () => {
      expectThrows(() => checkOptionalName('input.contact.name', text(201)), BadInput, 'input.contact.name');
    });
  });

  describe('note', () => {
    it('accepts a note of 2000 characters', () => {
      expect(checkNote('input.note', text(LIMITS.noteLength))).toBe(text(LIMITS.noteLength));
    });

    it('refuses a note of 2001 characters', () => {
      expectThrows(() => checkNote('input.note', text(LIMITS.noteLength + 1)), BadInput, 'input.note');
    });

    it('lets the note be absent', () => {
      expect(checkNote('input.note', undefined)).toBeUndefined();
    });

    it('refuses a note that is not text', () => {
      expectThrows(() => checkNote('input.note', 7), BadInput, 'input.note');
    });
  });

  describe('description', () => {
    it('accepts a description of 1000 characters', () => {
      expect(checkDescription('input.description', text(LIMITS.descriptionLength))).toHaveLength(1000);
    });

    it('refuses a description of 1001 characters', () => {
      expectThrows(
        () => checkDescription('input.description', text(LIMITS.descriptionLength + 1)),
        BadInput,
        'input.description',
      );
    });
  });

  describe('channel', () => {
    it('accepts a channel of 64 characters', () => {
      expect(checkChannel('input.channel', text(LIMITS.channelLength))).toHaveLength(64);
    });

    it('refuses a channel of 65 characters', () => {
      expectThrows(() => checkChannel('input.channel', text(LIMITS.channelLength + 1)), BadInput, 'input.channel');
    });

    it('refuses a blank channel', () => {
      expectThrows(() => checkChannel('input.channel', ''), BadInput, 'input.channel');
    });
  });

  describe('queueIds', () => {
    const queues = (count: number): string[] => Array.from({ length: count }, (_, index) => `queue-${index}`);

    it('accepts 50 queues', () => {
      expect(checkQueueIds('input.queueIds', queues(LIMITS.queueIds))).toHaveLength(50);
    });

    it('refuses no queues', () => {
      expectThrows(() => checkQueueIds('input.queueIds', []), BadInput, 'input.queueIds');
    });

    it('refuses 51 queues', () => {
      expectThrows(() => checkQueueIds('input.queueIds', queues(LIMITS.queueIds + 1)), BadInput, 'input.queueIds');
    });

    it('names the position of a bad queue id', () => {
      expectThrows(() => checkQueueIds('input.queueIds', ['sales', ' ']), BadInput, 'input.queueIds.1');
    });
  });

  describe('expectedVersion', () => {
    it('accepts 0', () => {
      expect(checkExpectedVersion('input.expectedVersion', 0)).toBe(0);
    });

    it('lets it be absent', () => {
      expect(checkExpectedVersion('input.expectedVersion', undefined)).toBeUndefined();
    });

    it.each([-1, 1.5])('refuses %p', (version) => {
      expectThrows(() => checkExpectedVersion('input.expectedVersion', version), BadInput, 'input.expectedVersion');
    });
  });

  describe('page size', () => {
    it('accepts 200', () => {
      expect(checkPageSize('first', LIMITS.pageSize)).toBe(200);
    });

    it('accepts 1', () => {
      expect(checkPageSize('first', 1)).toBe(1);
    });

    it.each([0, 201, 2.5])('refuses %p', (size) => {
      expectThrows(() => checkPageSize('first', size), BadInput, 'first');
    });
  });
});
