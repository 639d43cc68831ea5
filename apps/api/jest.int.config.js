module.exports = require('../../jest.preset').projectConfig(__dirname, 'api', { integration: true });
