import type { Translate } from '../../i18n/i18n-context';

// Workflow ids are built from business keys by libs/contracts (`campaign:<id>`, `approval:<kind>:<id>`,
// `participation:<id>:<unit>`, `archive:<id>`, `verification:<id>:<request>`); the page names the kind in words
// and keeps the id for the link, so the Vietnamese page carries no English identifiers.
export function describeWorkflow(workflowId: string, t: Translate): string {
  const [kind, ...rest] = workflowId.split(':');
  switch (kind) {
    case 'campaign':
      return t('audit.workflow.campaign');
    case 'approval':
      return rest[0] === 'plan' ? t('audit.workflow.planApproval') : t('audit.workflow.approval');
    case 'participation':
      return rest.length >= 2 ? t('audit.workflow.participation', { unit: rest.slice(1).join(':') }) : t('audit.workflow.other');
    case 'archive':
      return t('audit.workflow.archive');
    case 'verification':
      return t('audit.workflow.verification');
    default:
      return t('audit.workflow.other');
  }
}
