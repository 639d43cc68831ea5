// Kept at this path so existing importers (the package index, the spec) need no change.
export { type ExistingOrg, type OrgImportResult, validateOrgImport } from './import/validate-org-import';
export { officialFromCsvRow, type RawOfficialRow, type RawUnitRow, unitFromCsvRow } from './import/csv-rows';
