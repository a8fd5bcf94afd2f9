/** The DATA_KEY of the servers the tests start (NODE_ENV=production requires one; not the development key). */
export const TEST_DATA_KEY = '6f0c3b0e9d1a4c5b8e7f2a1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b';
