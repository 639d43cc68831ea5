// The api's public surface for other projects: its module and setup, for system tests that run it in-process.
export { AppModule } from './app.module';
export { configureApp } from './configure-app';
export { startTestApp, type TestApp } from './test-app';
