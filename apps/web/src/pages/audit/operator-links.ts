import type { OperatorLinks } from '../../api/audit-queries';

/** The roles the API opens the operator links to (GET /audit/operator-links). */
const OPERATOR_ROLES = new Set(['auditor', 'admin']);

export const mayOpenOperatorLinks = (roles: readonly { code: string }[] | undefined): boolean =>
  !!roles?.some((role) => OPERATOR_ROLES.has(role.code));

/** The workflow's page in the Temporal Web UI; null when the deployment offers no UI. Ids hold ':' and are encoded. */
export function temporalWorkflowUrl(links: OperatorLinks | undefined, workflowId: string): string | null {
  if (!links?.temporalUi) return null;
  return `${links.temporalUi}/namespaces/${encodeURIComponent(links.namespace)}/workflows/${encodeURIComponent(workflowId)}`;
}
