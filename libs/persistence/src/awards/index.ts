export * from './award-dossier-store';
export * from './award-decision-numbering';
export type { DossierProjectionRecord } from './project-dossier.work';
export * from './award-catalogue-store';
export * from './award-attachment-store';
