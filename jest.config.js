/** Unit specs live beside the code (*.spec.ts); end-to-end suites in test/ (*.e2e-spec.ts). */
const swcOptions = require('./scripts/swc-options');

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/apps/api', '<rootDir>/apps/projector', '<rootDir>/test'],
  testRegex: '\\.(spec|e2e-spec)\\.ts$',
  transform: { '^.+\\.ts$': ['@swc/jest', swcOptions] },
  moduleNameMapper: {
    '^@handoff/(domain|event-store|read-store|projections|process-managers|routing|platform)$': '<rootDir>/libs/$1/src',
  },
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
