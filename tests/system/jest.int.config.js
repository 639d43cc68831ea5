module.exports = require('../../jest.preset').projectConfig(__dirname, 'system', { integration: true });
