module.exports = require('../../jest.preset').projectConfig(__dirname, 'e2e', { integration: true });
