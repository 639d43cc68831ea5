import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { PlanDefinition } from '@tdkt/domain';
import template from '@tdkt/domain/examples/ubnd-chuyen-doi-so.json';
// The system tests' harness runs the real stack in-process (an app project, like the api it starts); this suite drives it
// through the browser.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { CampaignFlow, DEMO_PASSWORD, eventually, hourlyPlan, SystemUnderTest } from '@tdkt/system-tests';
import { accessibilityViolations, visibleText } from './accessibility';
import { WebStack } from './web-stack';
import { watchForProblems } from './browser';
import { englishIn, wordsWrittenIn } from './english-words';

const SCREENSHOTS = join(__dirname, '..', 'screenshots');
const COMMUNE = 'TQ-YS-THANGQUAN';
const SPECIALIST = 'chuyenvien.ys-thangquan';
const LEADER = 'lanhdao.ys-thangquan';
const RETURN_COMMENT = 'Ghi đủ số và ngày ban hành kế hoạch của xã';
const PLAN_WORDS = wordsWrittenIn(template);

interface InboxRow {
  campaignId: string;
  unitCode: string;
  obligationKey: string;
  title: string;
  kind: string;
  action: string | null;
}

interface Step {
  action: string;
  actorUsername: string | null;
  comment: string | null;
  capacity: string | null;
}

describe('acting on a report and on a plan, in a real browser against the real stack', () => {
  let system: SystemUnderTest;
  let stack: WebStack;
  let page: Page;
  let watch: ReturnType<typeof watchForProblems>;
  let baseUrl: string;
  let campaign: CampaignFlow;

  const screenshot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `report-${name}.png`), fullPage: true });
  const obligationUrl = (key: string) => `${baseUrl}/phong-trao/${campaign.campaignId}/don-vi/${COMMUNE}/viec/${encodeURIComponent(key)}`;
  const status = () => page.getByTestId('obligation-status');
  /** The form item (label, control, its message) of the field labelled so. */
  const formItem = (label: string): Locator =>
    page.locator('.ant-form-item').filter({ has: page.locator('label', { hasText: new RegExp(`^${label}$`) }) });

  /**
   * What the official sees now is in Vietnamese only, and passes WCAG 2.1 A/AA as axe-core checks it: once the toasts
   * have faded (half-transparent text reads as low contrast) and with the pointer parked off the content (a hovered link
   * is judged in its resting colour). The plan's own words are the plan's: a criterion may well say "mã QR code".
   */
  const expectVietnameseAndAccessible = async (scope?: string) => {
    await page.mouse.move(0, 0);
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 });
    const text = scope ? await page.locator(scope).innerText() : await visibleText(page);
    expect(englishIn(text, PLAN_WORDS)).toEqual([]);
    const violations = await accessibilityViolations(page);
    expect(scope ? await within(scope, violations) : violations).toEqual([]);
  };
  /** The violations, keeping only their elements inside `scope`: on a page another team builds, this suite answers for its part. */
  const within = async (scope: string, violations: string[]) => {
    const kept: string[] = [];
    for (const violation of violations) {
      const [rule, targets = ''] = violation.split(' — ');
      const inside: string[] = [];
      for (const target of targets.split(', '))
        if (await page.evaluate(([t, c]) => !!document.querySelector(t)?.closest(c), [target, scope])) inside.push(target);
      if (inside.length) kept.push(`${rule} — ${inside.join(', ')}`);
    }
    return kept;
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
  const historyOf = async (key: string) =>
    (
      (await (await system.login(SPECIALIST)).get(`${campaign.obligationPath(COMMUNE, key, 'history')}`).expect(200)).body as {
        items: Step[];
      }
    ).items;
  /**
   * Opens the task from the inbox, as an official does: the menu, then the row's link to where it is acted on. Moving
   * within the app (never page.goto once signed in) leaves the page's requests to finish rather than aborting them.
   */
  const openFromInbox = async (task: InboxRow, url = obligationUrl(task.obligationKey)) => {
    if (new URL(page.url()).pathname !== '/hop-viec') await page.getByTestId('nav-inbox').click();
    // By where it leads: a leader's inbox holds the unit's own tasks beside those of the units below, under the same titles.
    const link = page.locator(`tr.ant-table-row a[href="${new URL(url).pathname}"]`, { hasText: task.title }).first();
    await link.waitFor();
    await link.click();
    await page.waitForURL(url);
  };
  const openObligation = async (task: InboxRow) => {
    await openFromInbox(task);
    await page.getByRole('heading', { level: 2, name: task.title }).waitFor();
  };

  beforeAll(async () => {
    stack = await WebStack.start();
    ({ system, baseUrl, page, watch } = stack);
    campaign = await stack.runningCampaign();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await stack?.stop();
  });
  afterEach(() => expect(watch.problems).toEqual([]));

  it('the commune sends its launch, its leader returns it with a comment, the commune corrects it and the leader approves', async () => {
    const launch = await eventually('the commune’s launch in its inbox', async () =>
      (await inboxOf(SPECIALIST)).find((item) => item.kind === 'launch' && item.action === 'submit'),
    );
    expect(launch.obligationKey).toBe('phat-dong');

    // The specialist sends the commune's own plan number with its registration.
    await page.goto(`${baseUrl}/hop-viec`);
    await logIn(SPECIALIST);
    await openObligation(launch);
    expect(await status().textContent()).toBe('Chờ gửi');
    expect(await page.getByTestId('obligation-due').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await expectVietnameseAndAccessible();
    await page.getByLabel('Số kế hoạch của đơn vị').fill('15/KH-UBND');
    await page.getByLabel('Nội dung phát động, đăng ký thi đua').fill('UBND xã Thắng Quân phát động phong trào và đăng ký thi đua.');
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await page.getByText('Đã gửi, chờ duyệt', { exact: true }).waitFor();
    expect(await page.getByTestId('sent-local-plan').textContent()).toBe('15/KH-UBND');
    expect(await page.getByTestId('submit-form').count()).toBe(0);
    await screenshot('01-sent');

    // The leader opens the approval from the inbox; an empty comment cannot return the report.
    const approval = await eventually('the approval in the leader’s inbox', async () =>
      (await inboxOf(LEADER)).find((item) => item.obligationKey.startsWith('phat-dong') && item.action === 'approve'),
    );
    await logOut();
    await logIn(LEADER);
    await openObligation(approval);
    const decisions: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && request.url().endsWith('/decision') && decisions.push(request.url()));
    await page.getByRole('button', { name: 'Trả lại' }).click();
    await formItem('Ý kiến').getByText('Trả lại phải kèm ý kiến nêu rõ cần sửa gì.').waitFor();
    expect(decisions).toEqual([]);
    await expectVietnameseAndAccessible();
    await screenshot('02-return-needs-a-comment');
    await page.getByLabel('Ý kiến').fill(RETURN_COMMENT);
    await page.getByRole('button', { name: 'Trả lại' }).click();
    await status().getByText('Bị trả lại').waitFor();
    expect(decisions).toHaveLength(1);

    // The specialist reads the comment, corrects the plan number and sends again.
    await logOut();
    await logIn(SPECIALIST);
    const again = await eventually('the returned launch back in the commune’s inbox', async () =>
      (await inboxOf(SPECIALIST)).find((item) => item.obligationKey === 'phat-dong' && item.action === 'submit'),
    );
    await openObligation(again);
    const returned = page.getByTestId('return-comment');
    await returned.getByText(RETURN_COMMENT).waitFor();
    expect(await returned.textContent()).toContain('Báo cáo bị trả lại');
    expect(await page.getByLabel('Số kế hoạch của đơn vị').inputValue()).toBe('15/KH-UBND');
    await screenshot('03-returned-with-comment');
    await page.getByLabel('Số kế hoạch của đơn vị').fill('15/KH-UBND ngày 10/3/2026');
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await status().getByText('Đã gửi, chờ duyệt').waitFor();

    // The leader approves; the status says so, and the history tells the whole story.
    const approveNow = await eventually('the corrected launch in the leader’s inbox', async () =>
      (await inboxOf(LEADER)).find((item) => item.obligationKey === 'phat-dong' && item.action === 'approve'),
    );
    await logOut();
    await logIn(LEADER);
    await openObligation(approveNow);
    await page.getByRole('button', { name: 'Phê duyệt' }).click();
    await status().getByText('Đã duyệt').waitFor();
    expect(await page.getByTestId('sent-local-plan').textContent()).toBe('15/KH-UBND ngày 10/3/2026');
    const history = page.getByTestId('obligation-history');
    await history.getByText(RETURN_COMMENT).waitFor();
    expect(await history.locator('.ant-timeline-item').count()).toBe(4);
    await screenshot('04-approved');

    expect((await historyOf('phat-dong')).map((step) => [step.action, step.actorUsername])).toEqual([
      ['report_submitted', SPECIALIST],
      ['report_returned', LEADER],
      ['report_submitted', SPECIALIST],
      ['report_approved', LEADER],
    ]);
    const row = (await campaign.progress()).find((r) => r.unitCode === COMMUNE && r.obligationKey === 'phat-dong');
    expect(row?.status).toBe('approved');
  });

  it('checks KPI figures against their unit, and a double click on submit sends one request (on a phone-sized screen)', async () => {
    const report = await eventually('the commune’s implementation report in its inbox', async () =>
      (await inboxOf(SPECIALIST)).find((item) => item.obligationKey === 'trien-khai' && item.action === 'submit'),
    );
    await page.setViewportSize({ width: 390, height: 844 });
    await logOut();
    await logIn(SPECIALIST);
    await openObligation(report);
    const firstKpi = page.locator('[data-testid="submit-form"] fieldset .ant-form-item').first();
    await firstKpi.locator('input').fill('120');
    await page.getByLabel('Nội dung báo cáo').fill('Báo cáo triển khai chuyển đổi số của xã Thắng Quân.');
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await firstKpi.getByText('Tỷ lệ phải từ 0 đến 100 %.').waitFor();
    await expectVietnameseAndAccessible();
    await screenshot('05-kpi-out-of-range-phone');
    await firstKpi.locator('input').fill('82.5');

    const submissions: string[] = [];
    page.on(
      'request',
      (request) => request.method() === 'POST' && request.url().endsWith('/submission') && submissions.push(request.url()),
    );
    await page.getByRole('button', { name: 'Nộp báo cáo' }).dblclick();
    await status().getByText('Đã gửi, chờ duyệt').waitFor();
    await page.waitForTimeout(1_000);
    expect(submissions).toHaveLength(1);
    expect((await historyOf('trien-khai')).filter((step) => step.action === 'report_submitted')).toHaveLength(1);
    const sent = (await campaign.progress()).find((r) => r.unitCode === COMMUNE && r.obligationKey === 'trien-khai') as unknown as {
      kpiValues: Record<string, number>;
    };
    expect(Object.values(sent.kpiValues)).toEqual([82.5]);
    await screenshot('06-sent-once-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('the commune asks for more time and the district’s leader grants it: the due date moves', async () => {
    const review = await eventually('the commune’s interim review in its inbox', async () =>
      (await inboxOf(SPECIALIST)).find((item) => item.obligationKey === 'so-ket-2023' && item.action === 'submit'),
    );
    const dueBefore = (await campaign.progress()).find((r) => r.unitCode === COMMUNE && r.obligationKey === 'so-ket-2023')!.dueAt;
    const asked = new Date(Date.parse(dueBefore) + 2 * 3600_000);
    const askedOnTheClock = asked.toLocaleString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' }).slice(0, 16).replace(' ', 'T');

    await logOut();
    await logIn(SPECIALIST);
    await openObligation(review);
    await page.getByRole('button', { name: 'Đề nghị gia hạn' }).click();
    await page.getByLabel('Đề nghị gia hạn đến').fill(askedOnTheClock);
    await page.getByLabel('Lý do').fill('Chờ Hội đồng nhân dân xã cho ý kiến');
    await page.getByRole('button', { name: 'Gửi đề nghị gia hạn' }).click();
    await page.getByTestId('extension-pending').getByText('Chờ Hội đồng nhân dân xã cho ý kiến').waitFor();

    const decision = await eventually('the decision in the district leader’s inbox', async () =>
      (await inboxOf('lanhdao.ys')).find((item) => item.unitCode === COMMUNE && item.action === 'decide_extension'),
    );
    await logOut();
    await logIn('lanhdao.ys');
    await openFromInbox(decision, obligationUrl('so-ket-2023'));
    const form = page.getByTestId('extension-decision-form');
    await form.getByText('Chờ Hội đồng nhân dân xã cho ý kiến').waitFor();
    expect(await page.getByLabel('Hạn mới').inputValue()).toBe(askedOnTheClock);
    await expectVietnameseAndAccessible();
    await screenshot('09-extension-to-decide');
    await page.getByRole('button', { name: 'Đồng ý gia hạn' }).click();
    await page.getByTestId('extension-pending').waitFor({ state: 'detached' });
    expect(await page.getByTestId('obligation-due').textContent()).toBe(
      asked.toLocaleString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }).replace(',', ''),
    );
    const row = (await campaign.progress()).find((r) => r.unitCode === COMMUNE && r.obligationKey === 'so-ket-2023');
    expect(row?.dueAt && Date.parse(row.dueAt)).toBe(Date.parse(askedOnTheClock + ':00+07:00'));
  });

  it('the commune nominates a person for one of the plan’s awards, and reads its nomination back', async () => {
    const nomination = await eventually('the commune’s nominations in its inbox', async () =>
      (await inboxOf(SPECIALIST)).find((item) => item.kind === 'nomination' && item.action === 'submit'),
    );
    await logOut();
    await logIn(SPECIALIST);
    await openObligation(nomination);
    await page.getByRole('button', { name: 'Thêm đề nghị khen thưởng' }).click();
    await page.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
    await page.getByLabel('Chức vụ').fill('Công chức Văn phòng – Thống kê');
    await page.getByLabel('Hình thức khen thưởng').click();
    await page.locator('.ant-select-item-option', { hasText: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' }).click();
    await page.getByLabel('Thành tích').fill('Hoàn thành xuất sắc việc số hóa hồ sơ thủ tục hành chính của xã.');
    await page.getByLabel('Nội dung báo cáo').fill('Đề nghị khen thưởng tổng kết giai đoạn.');
    await expectVietnameseAndAccessible();
    await page.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await status().getByText('Đã gửi, chờ duyệt').waitFor();
    const sent = page.getByTestId('sent-content');
    await sent.getByText('Nguyễn Thị Lan, Công chức Văn phòng – Thống kê (Cá nhân)').waitFor();
    expect(await sent.textContent()).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    await screenshot('10-nomination-sent');
  });

  it('a deputy chairman signs a plan "KT." on its campaign page, and the campaign is issued', async () => {
    const drafter = await system.login('chuyenvien.tinh');
    const plan = { ...hourlyPlan(template as unknown as PlanDefinition), title: 'Kế hoạch thi đua chuyển đổi số – đợt ký thay' };
    const created = await drafter.post('/campaigns', { plan }).expect(201);
    const second = new CampaignFlow(system, created.body.id as string);
    await eventually(
      'the chain running',
      async () => (await drafter.get(`/campaigns/${second.campaignId}`)).body.approval?.status === 'pending',
    );
    expect(
      (await (await second.as('lanhdao.snv')).act(`/campaigns/${second.campaignId}/plan-decisions`, { action: 'approve' })).status,
    ).toBe(200);
    const signing = await eventually('the signature in the deputy’s inbox', async () =>
      ((await (await system.login('pho.tinh')).get('/inbox?limit=500&offset=0').expect(200)).body as { items: InboxRow[] }).items.find(
        (item) => item.campaignId === second.campaignId && item.action === 'sign',
      ),
    );

    await logOut();
    await logIn('pho.tinh');
    await openFromInbox(signing, `${baseUrl}/phong-trao/${second.campaignId}`);
    const panel = page.getByTestId('plan-approval');
    await panel.getByText('Bước “Ký ban hành” đang chờ đồng chí quyết định.').waitFor();
    // The rules leave a deputy of a People's Committee one capacity: signing for the Chair.
    const capacities = panel.getByRole('radio');
    expect(await capacities.count()).toBe(1);
    expect(await panel.getByRole('radio', { name: 'KT. – Ký thay người đứng đầu' }).isChecked()).toBe(true);
    await expectVietnameseAndAccessible('[data-testid="plan-approval"]');
    await panel.screenshot({ path: join(SCREENSHOTS, 'report-07-deputy-to-sign.png') });

    await panel.getByRole('button', { name: 'Ký ban hành' }).click();
    await panel
      .getByTestId('campaign-status')
      .getByText(/^(Đã ban hành|Đang triển khai)$/)
      .waitFor({ timeout: 60_000 });
    expect(await panel.getByTestId('plan-signature').textContent()).toContain('KT. CHỦ TỊCH');
    await panel.screenshot({ path: join(SCREENSHOTS, 'report-08-deputy-signed.png') });

    const approval = (await drafter.get(`/campaigns/${second.campaignId}`).expect(200)).body.approval as {
      status: string;
      decisions: { action: string; capacity: string | null; actor: { username: string } }[];
    };
    expect(approval.status).toBe('approved');
    expect(approval.decisions.at(-1)).toMatchObject({ action: 'approve', capacity: 'KT', actor: { username: 'pho.tinh' } });
  });

  it('the Sở Nội vụ leader delegates the plan’s review: the delegate finds it in the inbox and approves it "TUQ."', async () => {
    // A plan prints no "TUQ." signature, so the signing step cannot be delegated; the office's review, which signs nothing, can:
    // the office's leader gives it to the office's appraiser (same body, as refuseNewDelegation asks), for this campaign only.
    const drafter = await system.login('chuyenvien.tinh');
    const plan = { ...hourlyPlan(template as unknown as PlanDefinition), title: 'Kế hoạch thi đua chuyển đổi số – đợt thừa ủy quyền' };
    const created = await drafter.post('/campaigns', { plan }).expect(201);
    const third = new CampaignFlow(system, created.body.id as string);
    const delegation = (
      await (
        await system.login('lanhdao.snv')
      )
        .post('/delegations')
        .send({
          toUsername: 'thamdinh.snv',
          kinds: ['plan_approval'],
          campaignId: third.campaignId,
          startsAt: new Date(Date.now() - 60_000).toISOString(),
          endsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          reason: 'Giám đốc đi công tác',
        })
        .expect(201)
    ).body as { id: string; from: { fullName: string } };
    const review = await eventually('the office’s review in the delegate’s inbox', async () =>
      (
        (await (await system.login('thamdinh.snv')).get('/inbox?limit=500&offset=0').expect(200)).body as {
          items: (InboxRow & { delegationId: string | null })[];
        }
      ).items.find((item) => item.campaignId === third.campaignId && item.kind === 'plan_approval'),
    );
    expect(review).toMatchObject({ action: 'approve', delegationId: delegation.id });

    await logOut();
    await logIn('thamdinh.snv');
    // The row says it is there under a delegation, not for the delegate's own role.
    await page.getByTestId('nav-inbox').click();
    await page.locator('tr.ant-table-row', { hasText: review.title }).getByText('Được ủy quyền').waitFor();
    await openFromInbox(review, `${baseUrl}/phong-trao/${third.campaignId}`);
    const panel = page.getByTestId('plan-approval');
    await panel.getByText('Bước “Lãnh đạo Sở Nội vụ thẩm định” đang chờ đồng chí quyết định.').waitFor();
    expect(await panel.getByTestId('acting-under-delegation').textContent()).toContain(delegation.from.fullName);
    expect(await panel.getByRole('radio').count()).toBe(1);
    expect(await panel.getByRole('radio', { name: 'TUQ. – Thừa ủy quyền' }).isChecked()).toBe(true);
    await expectVietnameseAndAccessible('[data-testid="plan-approval"]');
    await panel.screenshot({ path: join(SCREENSHOTS, 'report-11-delegate-to-approve.png') });

    const sent: unknown[] = [];
    page.on(
      'request',
      (request) => request.method() === 'POST' && request.url().endsWith('/plan-decisions') && sent.push(request.postDataJSON()),
    );
    await panel.getByRole('button', { name: 'Phê duyệt' }).click();
    // Once the review is recorded the chain waits on the Chair's signature, which the delegation does not reach.
    await panel.getByTestId('plan-decision-form').waitFor({ state: 'detached', timeout: 30_000 });
    expect(sent).toEqual([expect.objectContaining({ action: 'approve', delegationId: delegation.id })]);

    const approval = (await drafter.get(`/campaigns/${third.campaignId}`).expect(200)).body.approval as {
      stepIndex: number;
      decisions: {
        action: string;
        stepKey: string | null;
        capacity: string | null;
        actor: { username: string; delegatedBy?: { username: string; fullName: string } };
      }[];
    };
    expect(approval.stepIndex).toBe(1);
    expect(approval.decisions.at(-1)).toMatchObject({
      action: 'approve',
      stepKey: 'office',
      capacity: 'TUQ',
      actor: { username: 'thamdinh.snv', delegatedBy: { username: 'lanhdao.snv', fullName: delegation.from.fullName } },
    });
    await panel.screenshot({ path: join(SCREENSHOTS, 'report-12-delegate-approved.png') });
  });
});
