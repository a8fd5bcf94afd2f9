import { checkPageSize } from '@handoff/domain';
import { Page, ReadDocument } from '@handoff/read-store';
import { ScopedCursors } from './cursor-signer';

export interface Connection<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export function pageArgs(first: unknown, after: unknown, cursors: ScopedCursors): { first: number; after?: string } {
  const size = checkPageSize('first', first ?? 50);
  return { first: size, after: typeof after === 'string' && after.length > 0 ? cursors.open(after) : undefined };
}

export function toConnection<Doc extends ReadDocument, T>(page: Page<Doc>, map: (document: Doc) => T, cursors: ScopedCursors): Connection<T> {
  return {
    nodes: page.documents.map(map),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor === null ? null : cursors.seal(page.endCursor) },
    totalCount: page.totalCount,
  };
}
