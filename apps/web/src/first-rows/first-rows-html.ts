import type { components } from '../api/schema';
import { PATHS, taskPath } from '../app/paths';
import { dueText, dueTone } from '../format/due-text';
import { relativeDue } from '../format/relative-due';
import { vi } from '../i18n/catalogue/common';
import { fillTemplate } from '../i18n/fill-template';
import { COMMON_MENU } from '../layout/menu';
import { INBOX_ROW_ATTRIBUTE } from './handoff';

// The inbox's first rows as plain HTML, for the inline script to paint before the app has loaded (shell.ts). Drawn
// from the app's own words (the Vietnamese catalogue), deadlines (relativeDue, dueText), links (taskPath) and menu,
// so that what the official reads does not change when the app takes over. Styled by first-rows.css, which loads
// with the document (render-blocking, so before any of this is painted).

type InboxItem = components['schemas']['InboxItemView'];
type Key = keyof typeof vi;

const t = (key: Key, params?: Record<string, string | number>) => fillTemplate(vi[key], params);
/**
 * The words for a kind or an action the API sent. One the common catalogue does not have (added to the API before
 * its words were) throws: the rows are then not painted at all, and the app shows the inbox as it does.
 */
const word = (key: string): string => {
  if (!(key in vi)) throw new Error(`first rows: no words for ${key}`);
  return t(key as Key);
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text from the API, made safe for HTML text and attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

// The columns InboxPage shows, with antd's breakpoints for those it hides on small screens (md ≥ 768, lg ≥ 992 px).
const COLUMNS: { title: Key; className?: string }[] = [
  { title: 'inbox.column.title' },
  { title: 'inbox.column.kind' },
  { title: 'inbox.column.action', className: 'first-rows__md' },
  { title: 'inbox.column.unit', className: 'first-rows__lg' },
  { title: 'inbox.column.campaign', className: 'first-rows__lg' },
  { title: 'inbox.column.due', className: 'nowrap' },
];

const cell = (index: number, content: string, attributes = '') => {
  const className = COLUMNS[index].className;
  return `<td${className ? ` class="${className}"` : ''}${attributes}>${content}</td>`;
};

/** One task as InboxPage draws it: title (a link to where it is acted on), kind, action, unit, campaign, deadline. */
export function taskRowHtml(item: InboxItem, now: Date, campaignTitle?: string): string {
  const due = relativeDue(item.dueAt, now);
  const tone = dueTone(due);
  const delegated = item.delegationId ? ` <span class="first-rows__tag first-rows__tag--delegated">${t('inbox.delegated')}</span>` : '';
  return (
    `<tr ${INBOX_ROW_ATTRIBUTE}>` +
    cell(0, `<a href="${escapeHtml(taskPath(item))}">${escapeHtml(item.title)}</a>${delegated}`) +
    cell(1, `<span class="first-rows__tag">${word(`kind.${item.kind}`)}</span>`) +
    cell(2, item.action ? word(`action.${item.action}`) : '') +
    cell(3, escapeHtml(item.unitCode)) +
    // The campaign's title comes from another request: filled in when it answers (see nameCampaigns in shell.ts).
    cell(4, campaignTitle === undefined ? '' : escapeHtml(campaignTitle), ` data-campaign-id="${escapeHtml(item.campaignId)}"`) +
    cell(5, tone ? `<span class="first-rows__due--${tone}">${dueText(due, t)}</span>` : dueText(due, t)) +
    '</tr>'
  );
}

/** As the menu's Badge shows the count (overflowCount 999). */
const countText = (total: number) => (total > 999 ? '999+' : String(total));

/**
 * The signed-in frame (brand, menu with the count of waiting tasks) and the inbox's heading and first rows, laid out
 * as the app lays them out.
 */
export function firstRowsHtml({ items, total }: { items: readonly InboxItem[]; total: number }, now: Date): string {
  const menu = COMMON_MENU.map(({ path, label }) => {
    const current = path === PATHS.inbox;
    const count = current && total > 0 ? `<span class="first-rows__count">${countText(total)}</span>` : '';
    return `<li><a class="app-nav__link" href="${path}"${current ? ' aria-current="page"' : ''}>${t(label)}${count}</a></li>`;
  }).join('');
  const head = COLUMNS.map(({ title, className }) => `<th${className ? ` class="${className}"` : ''}>${t(title)}</th>`).join('');
  return (
    `<header class="first-rows__header"><strong class="app-header__brand">${t('app.title')}</strong></header>` +
    `<nav class="app-nav" aria-label="${t('nav.label')}"><ul class="app-nav__list">${menu}</ul></nav>` +
    '<main class="app-content"><section aria-labelledby="first-rows-heading">' +
    `<h2 id="first-rows-heading" class="first-rows__heading">${t('inbox.heading')}</h2>` +
    // Where the page's filters will be, so the rows do not move when it takes over.
    '<div class="first-rows__filters"></div>' +
    `<div class="first-rows__scroll"><table class="first-rows__table"><thead><tr>${head}</tr></thead>` +
    `<tbody>${items.map((item) => taskRowHtml(item, now)).join('')}</tbody></table></div>` +
    '</section></main>'
  );
}
