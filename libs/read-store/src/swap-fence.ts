/** What a blue/green swap checks inside its transaction, the same for every adapter. */
export interface SwapState {
  projection: string;
  generation: number;
  owner: string;
  /** Who holds the projection's lease now, if anyone. */
  leaseOwner: string | null;
  /** The stored checkpoint of the generation to activate; null when it does not exist (any more). */
  targetCheckpoint: string | null;
  /** The serving generation and its stored checkpoint, if any. */
  serving: { generation: number; checkpoint: string } | null;
}

/** A swap the store refused: nothing changed, the serving generation still serves. */
export class SwapRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SwapRefused';
  }
}

/** Why the swap must not happen, or null when it may. */
export function swapRefusal(state: SwapState): string | null {
  const what = `generation ${state.generation} of ${state.projection}`;
  if (state.leaseOwner !== state.owner) return `cannot activate ${what}: its lease is held by another projector`;
  if (state.targetCheckpoint === null) return `cannot activate ${what}: it does not exist`;
  const { serving } = state;
  if (serving && serving.generation !== state.generation && BigInt(state.targetCheckpoint) < BigInt(serving.checkpoint)) {
    return `cannot activate ${what}: it is at ${state.targetCheckpoint}, behind generation ${serving.generation} at ${serving.checkpoint}`;
  }
  return null;
}

export function assertSwapAllowed(state: SwapState): void {
  const refusal = swapRefusal(state);
  if (refusal) throw new SwapRefused(refusal);
}
