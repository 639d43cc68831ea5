export * from './dossier.types';
export * from './dossier-actors';
export * from './dossier-rules';
export * from './dossier-apply';
export * from './dossier-entries';
export * from './dossier-clock';
export * from './attachment-rules';
