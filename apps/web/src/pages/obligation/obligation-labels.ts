import type { ObligationStatus } from '@tdkt/domain';
import type { ObligationStep } from '../../api/action-queries';
import type { MessageKey } from '../../i18n/messages';
import type { ObligationName } from './obligation-title';

export const obligationStatusKey = (status: string): MessageKey => `actions.status.${status}` as MessageKey;
export const stepKey = (action: ObligationStep['action']): MessageKey => `actions.step.${action}` as MessageKey;
export const kindKey = (kind: string): MessageKey => `kind.${kind}` as MessageKey;

/**
 * Solid tags, white on a dark shade: Ant Design's light preset tags fall under WCAG AA's 4.5:1. The states nobody acts
 * on any more stay neutral.
 */
export const STATUS_COLORS: Record<ObligationStatus, string | undefined> = {
  pending: undefined,
  open: '#0950c3',
  submitted: '#8a4b00',
  returned: '#a8071a',
  approved: '#237804',
  closed: undefined,
  cancelled: undefined,
};

/** The catalogue's words for an obligation's name. */
export function nameMessage(name: ObligationName): [MessageKey, Record<string, string | number>] {
  switch (name.kind) {
    case 'phase':
      return ['actions.obligation.phase', { phase: name.phase }];
    case 'period':
      return ['actions.obligation.period', { phase: name.phase, period: name.period }];
    case 'compilation':
      return ['actions.obligation.compilation', { phase: name.phase }];
    case 'unknown':
      return ['actions.obligation.unknown', { key: name.key }];
  }
}
