export * from './org-change.types';
export { validateOrgChangeSet, planOrgChanges } from './validate-org-change-set';
