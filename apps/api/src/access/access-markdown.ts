import {
  ACTIONS,
  NEED_TO_KNOW,
  RELATION_LABELS,
  RELATIONS,
  RESOURCE_LABELS,
  RESOURCES,
  ROLE_LABELS_VI,
  type Relation,
  type RuleRoles,
} from '@tdkt/domain';
import type { Action, Resource } from '@tdkt/domain';
import { ROUTE_ACCESS } from './route-access';

export const TABLE_START = '<!-- need-to-know table: generated from libs/domain/src/access/need-to-know.ts, do not edit by hand -->';
export const TABLE_END = '<!-- end of the generated table -->';

const ACTION_LABELS: Record<Action, string> = { read: 'xem (read)', act: 'thao tác (act)' };
const EXTRA_ROLE_LABELS: Record<string, string> = { system_admin: 'Quản trị hệ thống' };

function rolesText(roles: RuleRoles): string {
  if (roles === 'any') return 'mọi vai trò';
  return roles.map((role) => (ROLE_LABELS_VI as Record<string, string>)[role] ?? EXTRA_ROLE_LABELS[role] ?? role).join(', ');
}

/** One cell: who may, standing in this relation (or whatever the relation, for a resource naming no unit). */
function cell(resource: Resource, action: Action, relation: Relation | 'any'): string {
  const found = NEED_TO_KNOW.filter((rule) => rule.resource === resource && rule.action === action && rule.relation === relation);
  if (!found.length) return '—';
  return found.map((rule) => `${rolesText(rule.roles)}${rule.rows === 'subtree' ? ' (chỉ đơn vị mình và cấp dưới)' : ''}`).join('; ');
}

function routesOf(resource: Resource, action: Action): string {
  // A draft is read through the campaign's own routes: which row applies depends on whether the plan is issued yet.
  if (resource === 'draft_plan' && action === 'read') return 'the `campaign` routes, while the plan is not issued';
  return Object.entries(ROUTE_ACCESS)
    .filter(([, access]) => access.resource === resource && access.action === action)
    .map(([route, access]) => `\`${route}\`${access.enforcedBy === 'workflow' ? ' ⁽ʷ⁾' : ''}`)
    .join('<br>');
}

/** The table as docs/ACCESS.md prints it, between its two markers; the unit spec compares the file with this. */
export function renderAccessTable(): string {
  const header = [
    'Tài nguyên (resource)',
    'Hành động',
    'Mọi quan hệ (any)',
    ...RELATIONS.map((r) => `${RELATION_LABELS[r].vi} (${r})`),
    'Đường dẫn API',
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const resource of RESOURCES) {
    for (const action of ACTIONS) {
      if (!NEED_TO_KNOW.some((rule) => rule.resource === resource && rule.action === action)) continue;
      const label = `**${RESOURCE_LABELS[resource].vi}** — ${RESOURCE_LABELS[resource].en} (\`${resource}\`)`;
      const cells = [
        label,
        ACTION_LABELS[action],
        cell(resource, action, 'any'),
        ...RELATIONS.map((r) => cell(resource, action, r)),
        routesOf(resource, action),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  return [TABLE_START, '', ...lines, '', TABLE_END].join('\n');
}

/** The part of a markdown text between the markers, markers included; null when they are missing. */
export function tableIn(markdown: string): string | null {
  const start = markdown.indexOf(TABLE_START);
  const end = markdown.indexOf(TABLE_END);
  return start < 0 || end < start ? null : markdown.slice(start, end + TABLE_END.length);
}
