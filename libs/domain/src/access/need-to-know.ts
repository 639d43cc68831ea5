import { holdsOnlyReadOnlyRoles, Role } from '../org/roles';

/**
 * Need-to-know (cần biết mới được xem) as data: which role, standing in which relation to the thing asked
 * for, may read it or act on it. The API asks `allowed` through one service (apps/api AccessPolicy);
 * docs/ACCESS.md is rendered from this table, and a test walks every route against it.
 */

/** How the official's unit stands to the target of a request. An official may stand in several at once. */
export const RELATIONS = ['own_unit', 'below_me', 'above_me', 'issuer_side', 'on_route', 'posted', 'unrelated'] as const;
export type Relation = (typeof RELATIONS)[number];

export const RELATION_LABELS: Record<Relation, { vi: string; en: string; meaning: string }> = {
  own_unit: {
    vi: 'Đơn vị mình',
    en: 'own unit',
    meaning:
      'the target unit is the official’s own unit (for a campaign: the issuing unit), or a unit dissolved by an org change whose duties the official’s unit took over (relations count from both)',
  },
  below_me: {
    vi: 'Cấp dưới của mình',
    en: 'target below me',
    meaning: 'the target unit lies in the subtree under the official’s unit',
  },
  above_me: {
    vi: 'Cấp trên của mình',
    en: 'target above me',
    meaning: 'the target unit is an ancestor of the official’s unit (e.g. a commune reading the province’s campaign)',
  },
  issuer_side: {
    vi: 'Phía cơ quan ban hành',
    en: 'issuer side',
    meaning: 'the official’s unit is the campaign’s issuer or a unit above it',
  },
  on_route: {
    vi: 'Trên quy trình xử lý',
    en: 'on the route',
    meaning:
      'the official’s unit holds a step of the item’s route: a plan’s approval chain, an award dossier’s route, a report’s reviewing or compiling body',
  },
  posted: {
    vi: 'Đã niêm yết công khai',
    en: 'posted publicly',
    meaning: 'an award dossier put up for public comment (niêm yết): any official may read it and object',
  },
  unrelated: {
    vi: 'Không liên quan',
    en: 'unrelated',
    meaning: 'none of the above: another branch of the tree, or another tree',
  },
};

export const RESOURCES = [
  'public',
  'own_account',
  'notifications',
  'campaign',
  'draft_plan',
  'plan_drafting',
  'campaign_control',
  'progress',
  'unit_report',
  'nominations',
  'award_dossier',
  'award_catalogue',
  'catalogue_override',
  'report_request',
  'audit',
  'operator_links',
  'org_units',
  'org_admin',
  'org_roots',
  'delegation',
  'calendar',
  'templates',
] as const;
export type Resource = (typeof RESOURCES)[number];

export const RESOURCE_LABELS: Record<Resource, { vi: string; en: string }> = {
  public: { vi: 'Đăng nhập, tình trạng hệ thống', en: 'sign-in and health (no account needed)' },
  own_account: { vi: 'Tài khoản của mình, hộp việc, thông báo', en: 'my account, inbox and notifications' },
  notifications: {
    vi: 'Đánh dấu thông báo đã đọc',
    en: 'marking my notifications read (a change: not for read-only officials)',
  },
  campaign: { vi: 'Phong trào đã ban hành (kế hoạch, lịch, điều chỉnh)', en: 'an issued campaign: plan, schedule, amendments' },
  draft_plan: {
    vi: 'Dự thảo kế hoạch và ý kiến của người duyệt',
    en: 'a draft plan (before issue) with its approval chain and reviewers’ comments',
  },
  plan_drafting: { vi: 'Soạn kế hoạch nhân danh đơn vị', en: 'drafting a plan in a unit’s name' },
  campaign_control: { vi: 'Điều hành phong trào (kết thúc, tạm dừng, điều chỉnh)', en: 'ending, suspending, amending a campaign' },
  progress: { vi: 'Tiến độ, tổng quan', en: 'progress and dashboard' },
  unit_report: {
    vi: 'Nghĩa vụ và nội dung báo cáo của một đơn vị',
    en: 'a unit’s obligations, report content and history, criteria, aggregates',
  },
  nominations: { vi: 'Đề nghị khen thưởng trong báo cáo', en: 'nominations carried in reports' },
  award_dossier: {
    vi: 'Hồ sơ đề nghị khen thưởng (ý kiến, phiếu bầu, tệp đính kèm)',
    en: 'award dossiers with their comments, ballots, attachments, decisions',
  },
  award_catalogue: { vi: 'Danh mục, lịch sử, thống kê khen thưởng', en: 'award catalogue, history and statistics' },
  catalogue_override: { vi: 'Quy định riêng về khen thưởng của tỉnh', en: 'a province’s own award rules' },
  report_request: { vi: 'Yêu cầu báo cáo đột xuất', en: 'ad-hoc report requests' },
  audit: { vi: 'Nhật ký, kiểm chứng, xuất dữ liệu', en: 'audit timeline, verification, exports' },
  operator_links: { vi: 'Liên kết vận hành Temporal', en: 'operator links to the Temporal Web UI' },
  org_units: { vi: 'Đơn vị và cán bộ (xem)', en: 'org units and their officials (read), unit history' },
  org_admin: {
    vi: 'Quản trị tổ chức, cán bộ',
    en: 'org administration: import, officials, postings, passwords, reorganisations',
  },
  org_roots: { vi: 'Tạo cây đơn vị mới', en: 'creating a new tree (root unit)' },
  delegation: { vi: 'Ủy quyền', en: 'delegations' },
  calendar: { vi: 'Lịch nghỉ quốc gia', en: 'national calendar' },
  templates: { vi: 'Mẫu kế hoạch', en: 'plan templates' },
};

export const ACTIONS = ['read', 'act'] as const;
export type Action = (typeof ACTIONS)[number];

/** Roles may be named before the role list holds them (another change adds `system_admin`). */
export type RoleName = Role | 'system_admin';
/** `any` = every role the official holds; a read-only role (auditor) still never acts, whatever the row says. */
export type RuleRoles = 'any' | readonly RoleName[];

export interface AccessRule {
  resource: Resource;
  action: Action;
  /** `any`: the resource names no unit (templates, one's own account), so the relation does not matter. */
  relation: Relation | 'any';
  roles: RuleRoles;
  /** Which rows a listing returns under this rule, when not all: the official's own unit and those below it. */
  rows?: 'subtree';
  /** Refusals on this resource answer 404 (existence hidden) instead of 403. */
  hidden?: true;
}

const DRAFTERS: readonly RoleName[] = ['specialist', 'leader', 'deputy_leader'];
const ACTING: readonly RoleName[] = [
  'specialist',
  'leader',
  'deputy_leader',
  'council_member',
  'council_secretary',
  'board_appraiser',
  'admin',
];
/** Roles that oversee the units below their own (roles.ts: REACHES_DESCENDANTS). */
const OVERSEERS: readonly RoleName[] = ['leader', 'deputy_leader', 'auditor', 'admin'];
const ADMINS: readonly RoleName[] = ['admin', 'system_admin'];

function rules(
  resource: Resource,
  action: Action,
  byRelation: Partial<Record<Relation | 'any', RuleRoles>>,
  extra: Partial<AccessRule> = {},
) {
  return Object.entries(byRelation).map(([relation, roles]) => ({ resource, action, relation, roles, ...extra }) as AccessRule);
}

/** The table. A combination that is not listed is refused. */
export const NEED_TO_KNOW: readonly AccessRule[] = [
  ...rules('public', 'read', { any: 'any' }),
  ...rules('public', 'act', { any: 'any' }),
  ...rules('own_account', 'read', { any: 'any' }),
  ...rules('own_account', 'act', { any: 'any' }),
  ...rules('notifications', 'act', { any: ACTING }),

  // A campaign is read by its issuer's side and by the units below the issuer that take part in it.
  ...rules('campaign', 'read', { own_unit: 'any', below_me: 'any', above_me: 'any' }),
  // Before it is issued a plan is a draft: only its issuer's side and the approval chain read it (and its reviewers' comments).
  ...rules('draft_plan', 'read', { own_unit: 'any', below_me: 'any', on_route: 'any' }),
  ...rules('draft_plan', 'act', { own_unit: DRAFTERS, on_route: ACTING }),
  // A drafter drafts for their own unit only; a leader above drafts in the name of their own unit too.
  ...rules('plan_drafting', 'act', { own_unit: DRAFTERS }),
  ...rules('campaign_control', 'act', { own_unit: DRAFTERS }),

  // Progress: the issuer's side sees every unit the campaign reached; others see their own unit and those below.
  ...rules('progress', 'read', { issuer_side: 'any' }),
  ...rules('progress', 'read', { above_me: 'any' }, { rows: 'subtree' }),
  ...rules('unit_report', 'read', { own_unit: 'any', below_me: 'any', issuer_side: 'any', on_route: 'any' }),
  ...rules('unit_report', 'act', { own_unit: DRAFTERS, on_route: DRAFTERS }),
  ...rules('nominations', 'read', { issuer_side: 'any' }),
  ...rules('nominations', 'read', { above_me: 'any' }, { rows: 'subtree' }),

  ...rules('award_dossier', 'read', { own_unit: 'any', below_me: OVERSEERS, on_route: 'any', posted: 'any' }),
  ...rules('award_dossier', 'act', { own_unit: DRAFTERS, on_route: ACTING, posted: ACTING }),
  ...rules('award_catalogue', 'read', { any: 'any' }),
  ...rules('catalogue_override', 'read', { own_unit: 'any', below_me: OVERSEERS }),
  ...rules('catalogue_override', 'act', { own_unit: ['admin'] }),
  ...rules('report_request', 'read', { any: 'any' }),
  ...rules('report_request', 'act', { own_unit: ACTING }),

  // The record of a campaign: whoever reads the campaign, the steps on their own unit and below; the log's own
  // entries (seals, archives) only on the issuer's side.
  ...rules('audit', 'read', { issuer_side: 'any', above_me: 'any' }, { rows: 'subtree' }),
  ...rules('operator_links', 'read', { any: ['auditor', 'admin'] }),

  ...rules('org_units', 'read', { own_unit: 'any', below_me: 'any' }),
  ...rules('org_admin', 'read', { own_unit: ADMINS, below_me: ADMINS }),
  ...rules('org_admin', 'act', { own_unit: ADMINS, below_me: ADMINS }),
  // A new tree is above every administrator's scope: the system administrator's alone.
  ...rules('org_roots', 'act', { any: ['system_admin'] }),

  ...rules('delegation', 'read', { own_unit: 'any' }),
  ...rules('delegation', 'act', { own_unit: ACTING, below_me: ['admin'] }),
  ...rules('calendar', 'read', { any: 'any' }),
  ...rules('calendar', 'act', { any: ADMINS }),
  ...rules('templates', 'read', { any: 'any' }),
  ...rules('templates', 'act', { any: ADMINS }),
];

function rolesMatch(held: readonly string[], wanted: RuleRoles): boolean {
  return wanted === 'any' ? held.length > 0 : held.some((role) => wanted.includes(role as RoleName));
}

/** The rule that lets an official holding `roles`, standing in `relation` to the target, do `action` on `resource`; null when refused. */
export function ruleFor(roles: readonly string[], relation: Relation, resource: Resource, action: Action): AccessRule | null {
  // A read-only official (auditor) changes nothing but their own account, whatever a row says.
  if (action === 'act' && !['public', 'own_account'].includes(resource) && holdsOnlyReadOnlyRoles(roles as Role[])) return null;
  return (
    NEED_TO_KNOW.find(
      (rule) =>
        rule.resource === resource &&
        rule.action === action &&
        (rule.relation === 'any' || rule.relation === relation) &&
        rolesMatch(roles, rule.roles),
    ) ?? null
  );
}

export function allowed(roles: readonly string[], relation: Relation, resource: Resource, action: Action): boolean {
  return ruleFor(roles, relation, resource, action) !== null;
}

/**
 * The first rule any of the official's relations to the target grants, preferring one that shows every row
 * (an official on the issuer's side who is also above a unit sees all of it, not just their subtree).
 */
export function grantOf(roles: readonly string[], relations: readonly Relation[], resource: Resource, action: Action): AccessRule | null {
  const granted = relations.map((relation) => ruleFor(roles, relation, resource, action)).filter((rule) => rule !== null);
  return granted.find((rule) => !rule.rows) ?? granted[0] ?? null;
}
