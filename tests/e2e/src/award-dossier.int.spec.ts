import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
// The system tests' harness runs the real stack in-process (an app project, like the api it starts); this suite drives it
// through the browser.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { CampaignFlow, DEMO_PASSWORD, draftAndSign, eventually, SystemUnderTest } from '@tdkt/system-tests';
import { accessibilityViolations, visibleText } from './accessibility';
import { awardPlan, vietnamToday } from './award-plan';
import { watchForProblems } from './browser';
import { englishIn, wordsWrittenIn } from './english-words';
import { WebStack } from './web-stack';

const SCREENSHOTS = join(__dirname, '..', 'screenshots');
const COMMUNE = 'TQ-YS-THANGQUAN';
const SPECIALIST = 'chuyenvien.ys-thangquan';
const LEADER = 'lanhdao.ys-thangquan';
const PROVINCE_LEADER = 'lanhdao.tinh';
const KEPT = { name: 'Nguyễn Thị Lan', id: '008085001234', position: 'Công chức Văn phòng – Thống kê xã' };
const DROPPED = { name: 'Trần Văn Bình', id: '008090004321', position: 'Chủ tịch Hội Nông dân xã' };
const DROP_REASON = 'Chưa đủ một năm công tác tại xã';
const MALFORMED_ID = '0080850012';
const PLAN_WORDS = wordsWrittenIn(template);

interface InboxRow {
  campaignId: string;
  unitCode: string;
  obligationKey: string;
  title: string;
  kind: string;
}

describe('an award dossier from the commune’s list to its decision, in a real browser against the real stack', () => {
  let system: SystemUnderTest;
  let stack: WebStack;
  let page: Page;
  let watch: ReturnType<typeof watchForProblems>;
  let baseUrl: string;
  let campaign: CampaignFlow;
  let campaignTitle: string;
  let dossierId: string;

  const screenshot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `award-${name}.png`), fullPage: true });
  const dossierUrl = () => `${baseUrl}/ho-so-khen-thuong/${dossierId}`;
  /** The form item (label, control, its message) of the field labelled so, within `scope`. */
  const formItem = (scope: Locator, label: string): Locator =>
    scope.locator('.ant-form-item').filter({ has: page.locator('label', { hasText: new RegExp(`^${label}$`) }) });

  /** What the official sees is in Vietnamese only, and passes WCAG 2.1 A/AA as axe-core checks it (see report-approval). */
  const expectVietnameseAndAccessible = async () => {
    await page.mouse.move(0, 0);
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 });
    expect(englishIn(await visibleText(page), PLAN_WORDS)).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
  };
  const logIn = async (username: string) => {
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
  };
  const logOut = async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/dang-nhap/);
  };
  const inboxOf = async (username: string) =>
    ((await (await system.login(username)).get('/inbox?limit=500&offset=0').expect(200)).body as { items: InboxRow[] }).items.filter(
      (item) => item.campaignId === campaign.campaignId,
    );
  /** The dossier's open task of this step in the official's inbox, once the workflow has put it there. */
  const taskOf = (username: string, step: string) =>
    eventually(`the dossier’s ${step} step in ${username}’s inbox`, async () =>
      (await inboxOf(username)).find((item) => item.kind === 'award_step' && item.obligationKey.startsWith(`award:${dossierId}:${step}#`)),
    );
  /** Opens the task from the inbox, as an official does: the menu, then the row's link, which leads to the dossier. */
  const openFromInbox = async (task: InboxRow) => {
    if (new URL(page.url()).pathname !== '/hop-viec') await page.getByTestId('nav-inbox').click();
    const link = page.locator(`tr.ant-table-row a[href="/ho-so-khen-thuong/${dossierId}"]`, { hasText: task.title }).first();
    await link.waitFor();
    await link.click();
    await page.waitForURL(dossierUrl());
    await page.getByTestId('dossier-status').waitFor();
  };
  const status = () => page.getByTestId('dossier-status');
  const nominee = (index: number) => page.getByTestId(`nominee-${index}`);
  /** The province leader is not on a commune's Giấy khen route: nothing about the dossier ever reaches their inbox. */
  const expectNothingForTheProvince = async () =>
    expect((await inboxOf(PROVINCE_LEADER)).filter((item) => item.obligationKey.includes(dossierId ?? 'award:'))).toEqual([]);

  beforeAll(async () => {
    stack = await WebStack.start();
    ({ system, baseUrl, page, watch } = stack);
    campaign = (await draftAndSign(system, awardPlan())).flow;
    await campaign.waitForStatus('running');
    campaignTitle = (
      (await (await system.login(SPECIALIST)).get(`/campaigns/${campaign.campaignId}`).expect(200)).body as { title: string }
    ).title;
    // A list is taken while the commune's nomination duty is open.
    await eventually('the commune’s nominations open', async () => (await inboxOf(SPECIALIST)).some((item) => item.kind === 'nomination'));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await stack?.stop();
  });
  afterEach(() => expect(watch.problems).toEqual([]));

  it('the commune specialist draws up a Giấy khen list: a malformed personal id is refused on its field, then the list is sent', async () => {
    await page.goto(`${baseUrl}/hop-viec`);
    await logIn(SPECIALIST);
    await page.getByRole('navigation').getByRole('link', { name: 'Khen thưởng' }).click();
    await page.getByRole('heading', { level: 2, name: 'Khen thưởng' }).waitFor();
    await page.getByLabel('Phong trào', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: campaignTitle }).click();
    await page.getByTestId('award-dossiers').getByText('Chưa có hồ sơ đề nghị khen thưởng nào.').waitFor();
    await expectVietnameseAndAccessible();
    await screenshot('01-campaign-dossiers');

    await page.getByRole('link', { name: 'Lập danh sách đề nghị' }).click();
    await page.waitForURL(`${baseUrl}/phong-trao/${campaign.campaignId}/khen-thuong/moi`);
    const form = page.getByTestId('dossier-form');
    // The plan offers one form of the catalogue: it is chosen already.
    await form.locator('.ant-select-selection-item', { hasText: 'Giấy khen' }).waitFor();
    await form.getByLabel('Ngày họp').fill(vietnamToday());
    await form.getByLabel('Số thành viên').fill('9');
    await form.getByLabel('Số có mặt').fill('7');
    const first = page.getByTestId('nomination-row-0');
    await first.getByLabel('Họ và tên').fill(KEPT.name);
    await first.getByLabel('Số định danh cá nhân').fill(MALFORMED_ID);
    await first.getByLabel('Chức vụ, đơn vị công tác').fill(KEPT.position);
    await first.getByLabel('Tóm tắt thành tích').fill('Hoàn thành xuất sắc việc số hóa hồ sơ thủ tục hành chính của xã.');
    await page.getByRole('button', { name: 'Thêm người, tập thể' }).click();
    const second = page.getByTestId('nomination-row-1');
    await second.getByLabel('Họ và tên').fill(DROPPED.name);
    await second.getByLabel('Số định danh cá nhân').fill(DROPPED.id);
    await second.getByLabel('Chức vụ, đơn vị công tác').fill(DROPPED.position);
    await second.getByLabel('Tóm tắt thành tích').fill('Vận động hội viên dùng dịch vụ công trực tuyến.');

    // The API refuses the list and names the field: the page shows its words there, and nothing is created.
    watch.allow(/400.*\/campaigns\/[^/]+\/award-dossiers/);
    const posts: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && request.url().endsWith('/award-dossiers') && posts.push(request.url()));
    await page.getByRole('button', { name: 'Gửi danh sách đề nghị' }).click();
    const idField = formItem(first, 'Số định danh cá nhân');
    await idField
      .getByText(`số định danh cá nhân (số CCCD) phải gồm đúng 12 chữ số, không có dấu cách; đang ghi "${MALFORMED_ID}"`)
      .waitFor();
    expect(await idField.locator('.ant-form-item-explain-error').textContent()).toContain('Dòng 1 (Nguyễn Thị Lan)');
    await page.getByTestId('dossier-refusal').waitFor();
    expect(posts).toHaveLength(1);
    const listed = await (await system.login(SPECIALIST)).get(`/campaigns/${campaign.campaignId}/award-dossiers`).expect(200);
    expect(listed.body.total).toBe(0);
    await expectVietnameseAndAccessible();
    await screenshot('02-personal-id-refused');

    await first.getByLabel('Số định danh cá nhân').fill(KEPT.id);
    await page.getByRole('button', { name: 'Gửi danh sách đề nghị' }).click();
    await page.waitForURL(/\/ho-so-khen-thuong\/[0-9a-f-]{36}$/);
    dossierId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { level: 2, name: 'Giấy khen' }).waitFor();
    expect(await status().textContent()).toBe('Đang xét');
    expect(posts).toHaveLength(2);
    // The proposal is the commune leader's to sign: the specialist has nothing to do at this step.
    await page.getByText('Đồng chí không có việc cần làm ở bước này.').waitFor();
    expect(await nominee(0).textContent()).toContain(KEPT.name);
    expect(await nominee(1).textContent()).toContain(DROPPED.name);
    await expectVietnameseAndAccessible();
    await screenshot('03-dossier-sent');
    await expectNothingForTheProvince();
  });

  it('the commune leader opens it from the inbox and passes the proposal on', async () => {
    const task = await taskOf(LEADER, 'propose');
    await logOut();
    await logIn(LEADER);
    await openFromInbox(task);
    const form = page.getByTestId('pass-form');
    await form.getByText('Xem xét danh sách: Đơn vị đề nghị ký tờ trình').waitFor();
    await expectVietnameseAndAccessible();
    await screenshot('04-leader-to-propose');
    await form.getByRole('button', { name: 'Đồng ý, chuyển bước tiếp theo' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByText('Đồng chí không có việc cần làm ở bước này.').waitFor();
    await page.getByTestId('dossier-record').getByText('Đồng ý, chuyển tiếp').waitFor();
    await expectNothingForTheProvince();
  });

  it('the commune specialist appraises it, leaving one name out with the reason', async () => {
    const task = await taskOf(SPECIALIST, 'appraise');
    await logOut();
    await logIn(SPECIALIST);
    await openFromInbox(task);
    const form = page.getByTestId('pass-form');
    await form.getByText('Xem xét danh sách: Thẩm định').waitFor();
    await form.getByLabel(`Không đề nghị ${DROPPED.name}`).check();
    await form.getByLabel(`Lý do không đề nghị ${DROPPED.name}`).fill(DROP_REASON);
    await expectVietnameseAndAccessible();
    await screenshot('05-appraisal-drops-one');
    const actions: unknown[] = [];
    page.on(
      'request',
      (request) => request.method() === 'POST' && request.url().endsWith('/actions') && actions.push(request.postDataJSON()),
    );
    await form.getByRole('button', { name: 'Đồng ý, chuyển bước tiếp theo' }).dblclick();
    await form.waitFor({ state: 'detached' });
    // A double click is one intent: one request.
    expect(actions).toEqual([expect.objectContaining({ kind: 'pass', dropped: [{ index: 1, reason: DROP_REASON }] })]);
    await nominee(1).getByText('Không được khen thưởng').waitFor();
    expect(await nominee(1).textContent()).toContain(`Ở bước “Thẩm định”: ${DROP_REASON}`);
    await expectNothingForTheProvince();
  });

  it('the commune leader signs the decision: one name awarded under its number, the other not, with the reason', async () => {
    const task = await taskOf(LEADER, 'decide');
    await logOut();
    await logIn(LEADER);
    await openFromInbox(task);
    const form = page.getByTestId('decide-form');
    await form.getByText('Khen thưởng 1 người, tập thể còn trong danh sách', { exact: false }).waitFor();
    await expectVietnameseAndAccessible();
    await screenshot('06-leader-to-sign');
    await form.getByRole('button', { name: 'Ký quyết định' }).click();
    await status().getByText('Đã có quyết định').waitFor();

    const decision = (await page.getByTestId('dossier-decision').textContent()) ?? '';
    const number = /Số (\d+\/QĐ-UBND)/.exec(decision)?.[1];
    expect(number).toMatch(/^\d+\/QĐ-UBND$/);
    expect(await nominee(0).textContent()).toContain('Được khen thưởng');
    expect(await nominee(0).textContent()).toContain(`Quyết định số ${number}`);
    expect(await nominee(1).textContent()).toContain('Không được khen thưởng');
    expect(await nominee(1).textContent()).toContain(DROP_REASON);
    const documents = page.getByTestId('dossier-documents');
    await documents.getByRole('button', { name: /Quyết định khen thưởng \(PDF\)/ }).waitFor();
    expect(await documents.getByRole('button').count()).toBe(2);
    // The decision opens as a PDF in a window of its own, fetched with the official's token.
    const [answer, shown] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith(`/award-dossiers/${dossierId}/decision.pdf`)),
      page.context().waitForEvent('page'),
      documents.getByRole('button', { name: /Quyết định khen thưởng \(PDF\)/ }).click(),
    ]);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toContain('application/pdf');
    await shown.waitForURL(/^blob:/);
    await shown.close();
    await page.getByText('Đồng chí không có việc cần làm ở bước này.').waitFor();
    await expectVietnameseAndAccessible();
    await screenshot('07-decided');

    // The history has the award; the province leader's inbox never had a task for the dossier.
    const history = await (await system.login(LEADER)).get(`/award-history?unitCode=${COMMUNE}`).expect(200);
    expect(history.body.items).toEqual([expect.objectContaining({ nomineeName: KEPT.name, decisionNumber: number, dossierId })]);
    await expectNothingForTheProvince();
  });
});
