module.exports = require('../../jest.preset').projectConfig(__dirname, 'worker', { integration: true });
