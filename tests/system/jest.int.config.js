const preset = require('../../jest.preset').projectConfig(__dirname, 'system', { integration: true });
// Suites for the production topology run in their own pass (jest.cluster.config.js, `npm run test:cluster`).
module.exports = { ...preset, testPathIgnorePatterns: [...preset.testPathIgnorePatterns, '\\.cluster\\.int\\.spec\\.ts$'] };
