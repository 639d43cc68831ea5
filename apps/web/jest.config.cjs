// Unit tests of the app's pure code (formatting, search): no DOM, so the shared Node preset serves.
module.exports = require('../../jest.preset').projectConfig(__dirname, 'web');
