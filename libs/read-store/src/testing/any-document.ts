import { ReadDocument } from '../read-store.port';

/** A document with whatever fields a store's spec needs: the stores keep any JSON. */
export const anyDocument = (document: ReadDocument & Record<string, unknown>): ReadDocument => document;
