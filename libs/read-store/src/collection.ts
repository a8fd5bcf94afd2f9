import { CollectionDefinition, Condition, FindQuery, Page, ReadDocument, ReadStore, SortKey } from './read-store.port';

/** A read model's collection, typed by its document: what query functions take, so that no caller casts. */
export interface Collection<Doc extends ReadDocument> {
  readonly name: string;
  get(tenantId: string, id: string): Promise<Doc | null>;
  getMany(tenantId: string, ids: readonly string[]): Promise<Doc[]>;
  find(query: FindQuery): Promise<Page<Doc>>;
  list(tenantId: string, where?: Condition[], orderBy?: SortKey[]): Promise<Doc[]>;
}

export function collection<Doc extends ReadDocument>(store: ReadStore, definition: CollectionDefinition<Doc>): Collection<Doc> {
  const { name } = definition;
  // The one place a stored document takes its read model's type: only that read model's projection writes the
  // collection, and it writes documents of this type (the store keeps them as JSON, field for field).
  const typed = (document: ReadDocument): Doc => document as Doc;
  return {
    name,
    get: async (tenantId, id) => {
      const document = await store.get(name, tenantId, id);
      return document && typed(document);
    },
    getMany: async (tenantId, ids) => (await store.getMany(name, tenantId, ids)).map(typed),
    find: async (query) => {
      const page = await store.find(name, query);
      return { ...page, documents: page.documents.map(typed) };
    },
    list: async (tenantId, where, orderBy) => (await store.list(name, tenantId, where, orderBy)).map(typed),
  };
}
