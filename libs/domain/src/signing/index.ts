export * from './signing.types';
export * from './signing-capacity';
export * from './signing-bodies';
