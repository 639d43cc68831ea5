// One transform for every project: SWC with decorator metadata, which NestJS and TypeORM need.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: false },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

// ESM-only packages (openid-client v6, oidc-provider and what they import) are compiled to CommonJS like our own code:
// Node requires them natively, Jest's module loader does not.
const ESM_PACKAGES = 'openid-client|oauth4webapi|jose|oidc-provider';

/** Unit tests: fast, no servers. Integration tests (*.int.spec.ts) get their own config. */
function projectConfig(dir, name, { integration = false } = {}) {
  return {
    displayName: integration ? `${name}:int` : name,
    rootDir: dir,
    testEnvironment: 'node',
    transform: { '^.+\\.ts$': swc, [`/node_modules/(${ESM_PACKAGES})/.+\\.js$`]: swc },
    transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES})/)`],
    testMatch: integration ? ['<rootDir>/**/*.int.spec.ts'] : ['<rootDir>/**/*.spec.ts'],
    testPathIgnorePatterns: integration ? ['/node_modules/'] : ['/node_modules/', '\\.int\\.spec\\.ts$'],
    // Generous for integration: two suites share the machine's cores in `npm test`, and a slow run is not a failure.
    testTimeout: integration ? 300_000 : 10_000,
  };
}

module.exports = { projectConfig };
