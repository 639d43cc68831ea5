export * from './issuer-convention.types';
export * from './issuer-conventions';
export * from './plan-number';
export * from './signing-body-for';
