import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { describeReadStoreContract, ReadStoreFixture } from '../testing/read-store.contract';
import { MongoReadStore } from './mongodb-read-store.adapter';

const url = process.env.MONGODB_URL;
const skipReason = url ? undefined : 'skipped: no MongoDB server (set MONGODB_URL)';

/** A fresh database per fixture, dropped in cleanup, so runs never see each other's documents. */
function fixture(): () => Promise<ReadStoreFixture> {
  return async () => {
    const dbName = `handoff_test_${randomBytes(6).toString('hex')}`;
    return {
      open: () => MongoReadStore.connect(url ?? '', dbName),
      cleanup: async () => {
        const client = await MongoClient.connect(url ?? '');
        try {
          await client.db(dbName).dropDatabase();
        } finally {
          await client.close();
        }
      },
    };
  };
}

describeReadStoreContract('MongoDB', fixture(), { skipReason });
