export * from './local-date';
export * from './vietnam-holidays';
export * from './working-day-calendar';
export * from './national-calendar';
export * from './due-date';
