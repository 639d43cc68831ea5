// The production topology: the cluster fault suite, and the seed-003 lifecycle again on the production
// Temporal server (tools/test-cluster.sh sets TEST_TEMPORAL_TOPOLOGY=cluster for the whole pass).
const preset = require('../../jest.preset').projectConfig(__dirname, 'system-cluster', { integration: true });
module.exports = {
  ...preset,
  testMatch: ['<rootDir>/src/**/*.cluster.int.spec.ts', '<rootDir>/src/seed-003-chuyen-doi-so.int.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
};
