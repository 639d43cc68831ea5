import type { AwardDossier, AwardFormView, DossierNomination, RouteStep } from '../../api/award-queries';
import type { MessageKey } from '../../i18n/messages';

// The catalogue's words for the API's codes on the awards pages. Each is checked by the compiler against the API's
// own list where the OpenAPI document gives one; the action record's kind is a free string there, so it falls back.

export const dossierStatusKey = (status: AwardDossier['status']): MessageKey => `awards.status.${status}`;

export const DOSSIER_STATUS_COLORS: Record<AwardDossier['status'], string> = {
  in_progress: 'blue',
  forwarded: 'purple',
  decided: 'green',
  closed_unawarded: 'default',
  expired: 'orange',
};

export const stepKindKey = (kind: RouteStep['kind']): MessageKey => `awards.step.${kind}`;

export const roleKey = (role: RouteStep['role']): MessageKey => `role.${role}`;

export const standingKey = (status: DossierNomination['standing']['status']): MessageKey => `awards.standing.${status}`;

export const STANDING_COLORS: Record<DossierNomination['standing']['status'], string> = {
  in_progress: 'blue',
  awarded: 'green',
  not_awarded: 'red',
};

export const nomineeKindKey = (kind: AwardFormView['nomineeKinds'][number]): MessageKey => `awards.nomineeKind.${kind}`;

export const categoryKey = (category: AwardFormView['category']): MessageKey => `awards.category.${category}`;

export const centralBodyKey = (body: NonNullable<RouteStep['forwardTo']>): MessageKey => `awards.central.${body}`;

/** Every action a dossier's record may hold, as this app knows them. */
export const RECORDED_KINDS = [
  'pass',
  'decline',
  'object',
  'answer_objection',
  'open_council',
  'vote',
  'score',
  'close_council',
  'decide',
  'forward',
  'record_central_outcome',
  'attach',
] as const;

/** What an entry of the dossier's record says was done; an action this app does not know yet reads "another action". */
export const recordKindKey = (kind: string): MessageKey =>
  (RECORDED_KINDS as readonly string[]).includes(kind) ? (`awards.record.${kind}` as MessageKey) : 'awards.record.other';

const STEP_KINDS: readonly string[] = ['propose', 'endorse', 'appraise', 'consult', 'post', 'council', 'decide', 'forward'];

/** A step kind the record or a standing names as a plain string; undefined when it is not one this app knows. */
export const knownStepKindKey = (kind: string | undefined): MessageKey | undefined =>
  kind && STEP_KINDS.includes(kind) ? stepKindKey(kind as RouteStep['kind']) : undefined;

// The decision log files every entry of a dossier under `award:<dossierId>` (dossierLogKey in the domain); its tasks'
// keys start the same way (`award:<dossierId>:<step>#<n>`).
const DOSSIER_LOG_KEY = /^award:([^:|#]+)/;

/** The dossier a log key or task key is about, or null for a key of a phase or of the plan's approval. */
export const dossierOfLogKey = (key: string): string | null => DOSSIER_LOG_KEY.exec(key)?.[1] ?? null;
