import { createHash } from 'node:crypto';

/** RFC 4122 name-based UUID (version 5, SHA-1) under handoff's own namespace. */
const HANDOFF_NAMESPACE = Buffer.from('6f1d9c1e0a6b4b8f9a3c2d7e5b4a1c90', 'hex');

export function uuidV5(name: string, namespace: Buffer = HANDOFF_NAMESPACE): string {
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Where a command id is an idempotency key: one tenant, one stream. The same id elsewhere is another command. */
export interface CommandScope {
  tenantId: string;
  stream: string;
  commandId: string;
}

/** The id of the index-th event a command appends: the same on every retry of that command, in its scope only. */
export function eventIdFor({ tenantId, stream, commandId }: CommandScope, index: number): string {
  return uuidV5(JSON.stringify([tenantId, stream, commandId, index]));
}
