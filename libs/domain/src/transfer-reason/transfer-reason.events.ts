export type TransferReasonEvent =
  | { type: 'TransferReasonDefined'; data: { reasonId: string; name: string; description?: string } }
  | { type: 'TransferReasonRetired'; data: { reasonId: string } };

export type TransferReasonEventType = TransferReasonEvent['type'];
export const TRANSFER_REASON_EVENT_TYPES: readonly TransferReasonEventType[] = [
  'TransferReasonDefined',
  'TransferReasonRetired',
];
