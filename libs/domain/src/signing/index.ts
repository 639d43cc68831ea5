export * from './signing.types';
export * from './signing-capacity';
