/**
 * How large a request body each endpoint accepts: the one place that says so. Most take a few fields and get the small
 * default, so a stranger cannot make the API buffer and parse megabytes on any route (bodies are read before the sign-in
 * is checked). The few that need more are listed with the reason. Attachments are multipart, outside this table: their
 * limit is the attachment rule's (MAX_ATTACHMENT_BYTES, in AwardAttachmentsController).
 */
export const DEFAULT_BODY_LIMIT_BYTES = 100 * 1024;

export interface BodyLimit {
  method: 'POST' | 'PUT' | 'PATCH';
  /** The route as the controller declares it, with :params. */
  path: string;
  bytes: number;
  why: string;
}

export const LARGER_BODIES: readonly BodyLimit[] = [
  { method: 'POST', path: '/campaigns', bytes: 1024 * 1024, why: 'a whole plan: stages, phases, criteria, award forms' },
  { method: 'POST', path: '/admin/plan-templates', bytes: 1024 * 1024, why: 'a whole plan with placeholders' },
  {
    method: 'POST',
    path: '/campaigns/:campaignId/units/:unitCode/obligations/:obligationKey/submission',
    bytes: 1024 * 1024,
    why: 'a report of up to 20 000 characters and nominations with their achievements (8 000 characters each)',
  },
  {
    method: 'POST',
    path: '/campaigns/:campaignId/award-dossiers',
    bytes: 8 * 1024 * 1024,
    why: 'a unit’s list of up to 500 names, each with its achievements (4 000 characters) and identity',
  },
  {
    method: 'PUT',
    path: '/award-catalogue/overrides/:unitCode',
    bytes: 1024 * 1024,
    why: 'a province’s changed and added catalogue entries',
  },
  // OrgCsvImportDto allows two CSV texts of up to 20 million characters each; a province's directory is far smaller.
  { method: 'POST', path: '/admin/org-import', bytes: 40 * 1024 * 1024, why: 'a province’s levels, units and officials' },
  { method: 'POST', path: '/admin/org-import/csv', bytes: 40 * 1024 * 1024, why: 'the same as CSV text' },
  {
    method: 'POST',
    path: '/org/changes',
    bytes: 1024 * 1024,
    why: 'a reform’s set of org changes (hundreds of merged communes), as JSON or CSV',
  },
  { method: 'POST', path: '/org/changes/preview', bytes: 1024 * 1024, why: 'the same set, checked before it is recorded' },
];

const compiled = LARGER_BODIES.map((limit) => ({
  ...limit,
  pattern: new RegExp(`^${limit.path.replace(/:[A-Za-z]+/g, '[^/]+')}/?$`),
}));

/** The limit for a request, by its method and path (without the query). */
export function bodyLimitFor(method: string, path: string): number {
  return compiled.find((limit) => limit.method === method && limit.pattern.test(path))?.bytes ?? DEFAULT_BODY_LIMIT_BYTES;
}

/** "100 kB", "1 MB": the limit as an official reads it in the refusal. */
export function readableSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} kB`;
}
