import { describeStatus } from './projector-status';

describe('describeStatus', () => {
  it('names the head and where each projection stands, with a rebuild and a foreign lease', () => {
    const line = describeStatus(
      42n,
      [
        { projection: 'conversations', generation: 2, version: 3, position: 42n, owned: true, building: { generation: 3, position: 7n } },
        { projection: 'agents', generation: 1, version: 1, position: 40n, owned: false },
      ],
      1,
    );
    expect(line).toBe(
      'head 42; conversations g2 at 42, building g3 at 7; agents g1 at 40 (written by another projector); dead letters 1',
    );
  });
});
