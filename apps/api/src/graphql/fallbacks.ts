import { AgentDocument, newAgentDocument, TransferReasonDocument } from '@handoff/projections';

/**
 * Non-null references (a transfer's agents and reason) to documents a lagging projection does not show yet:
 * answered with what the reference itself says rather than failing the whole response.
 */
export function unknownAgent(tenantId: string, id: string): AgentDocument {
  return { ...newAgentDocument(tenantId, id, id, null), active: false };
}

export function unknownReason(tenantId: string, id: string, name: string): TransferReasonDocument {
  return { tenantId, id, name, description: null, active: false };
}
