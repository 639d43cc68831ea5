import type { components } from '../api/schema';
import { formatMessage, vi } from '../i18n/messages';
import { escapeHtml, firstRowsHtml, taskRowHtml } from './first-rows-html';

type InboxItem = components['schemas']['InboxItemView'];

// 09:00 on 10 March 2026 in Vietnam (UTC+7).
const now = new Date('2026-03-10T02:00:00Z');

const task = (change: Partial<InboxItem> = {}): InboxItem => ({
  key: 'c-1|TQ-YS|launch',
  campaignId: 'c-1',
  unitCode: 'TQ-YS',
  obligationKey: 'launch',
  title: 'Đăng ký thi đua năm 2026',
  kind: 'launch',
  assigneeUnitCode: 'TQ-YS',
  assigneeRoles: ['specialist'],
  action: 'submit',
  dueAt: '2026-03-13T10:00:00+07:00',
  status: 'open',
  version: 1,
  updatedAt: '2026-03-01T00:00:00Z',
  delegationId: null,
  ...change,
});

/** The row's cells' text, tags stripped. */
const cells = (html: string) => [...html.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map(([, inner]) => inner.replace(/<[^>]+>/g, '').trim());

describe('the inbox’s first rows as plain HTML', () => {
  it('draws a task with the page’s words: title as a link to where it is acted on, kind, action, unit, deadline', () => {
    const html = taskRowHtml(task(), now, 'Chuyển đổi số');
    expect(html.startsWith('<tr data-inbox-row>')).toBe(true);
    expect(html).toContain('<a href="/phong-trao/c-1/don-vi/TQ-YS/viec/launch">');
    expect(cells(html)).toEqual([
      'Đăng ký thi đua năm 2026',
      formatMessage(vi, 'kind.launch'),
      formatMessage(vi, 'action.submit'),
      'TQ-YS',
      'Chuyển đổi số',
      formatMessage(vi, 'due.daysLeft', { days: 3 }),
    ]);
  });

  it('says how late a task is, in red, and leaves the campaign to be named when its title is not known yet', () => {
    const html = taskRowHtml(task({ dueAt: '2026-03-08T17:00:00+07:00', action: null }), now);
    expect(html).toContain('<span class="first-rows__due--danger">quá hạn 2 ngày</span>');
    expect(cells(html)[2]).toBe('');
    expect(html).toContain('<td class="first-rows__lg" data-campaign-id="c-1"></td>');
  });

  it('marks a task listed under a delegation, and one whose deadline is still to come', () => {
    const html = taskRowHtml(task({ delegationId: 'd-1', dueAt: null }), now);
    expect(cells(html)[0]).toBe(`Đăng ký thi đua năm 2026 ${vi['inbox.delegated']}`);
    expect(cells(html)[5]).toBe(vi['due.toBeAnnounced']);
  });

  it('refuses a kind it has no words for, so that the app, not the plain rows, shows it', () => {
    const unknown = task({ kind: 'a_kind_added_later' as InboxItem['kind'] });
    expect(() => taskRowHtml(unknown, now)).toThrow('no words for kind.a_kind_added_later');
  });

  it('escapes what the API sends', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
    const html = taskRowHtml(task({ title: '<script>x</script>', campaignId: 'a"b' }), now);
    expect(html).not.toContain('<script>');
    expect(html).toContain('data-campaign-id="a&quot;b"');
  });

  it('lays out the signed-in frame, the heading and the columns around one row per task', () => {
    const html = firstRowsHtml({ items: [task(), task({ key: 'other', title: 'Báo cáo sơ kết' })], total: 1234 }, now);
    expect(html.match(/data-inbox-row/g)).toHaveLength(2);
    expect(html).toContain(
      `<a class="app-nav__link" href="/hop-viec" aria-current="page">${vi['nav.inbox']}<span class="first-rows__count">999+</span></a>`,
    );
    expect(html).toContain(`<a class="app-nav__link" href="/phong-trao">${vi['nav.campaigns']}</a>`);
    expect(html).toContain(`>${vi['inbox.heading']}</h2>`);
    expect([...html.matchAll(/<th(?: [^>]*)?>(.*?)<\/th>/g)].map(([, title]) => title)).toEqual(
      (['title', 'kind', 'action', 'unit', 'campaign', 'due'] as const).map((column) => vi[`inbox.column.${column}`]),
    );
  });
});
