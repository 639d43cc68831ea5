import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DEMO_PASSWORD, draftAndSign, eventually, SystemUnderTest } from '@tdkt/system-tests';
import { accessibilityViolations, visibleText } from './accessibility';
import { awardPlan, vietnamToday } from './award-plan';
import { serveBuiltWebApp } from './web-dist';
import { launchChromium, TestBrowser, watchForProblems } from './browser';
import { englishIn, wordsWrittenIn } from './english-words';

const SCREENSHOTS = join(__dirname, '..', 'screenshots', 'every-page');
const COMMUNE = 'TQ-YS-THANGQUAN';
// The plan's own words ("mã QR code" in a criterion) are its author's, shown wherever the plan is.
const PLAN_WORDS = wordsWrittenIn(awardPlan());

/**
 * One official per role, and per level where a role's pages differ by level (a district and a province leader
 * sit on different steps of a route; an inspector's pages differ only by scope, so one inspector walks);
 * `reachesCommune`: the commune is in their scope, so its pages are theirs to read;
 * `seesDossier`: the commune's award dossier is theirs to open (its unit or route, or a role overseeing the units below).
 */
const OFFICIALS = [
  { username: 'chuyenvien.ys-thangquan', unitCode: COMMUNE, reachesCommune: true, seesDossier: true },
  { username: 'lanhdao.ys-thangquan', unitCode: COMMUNE, reachesCommune: true, seesDossier: true },
  { username: 'lanhdao.ys', unitCode: 'TQ-YS', reachesCommune: true, seesDossier: true },
  { username: 'chuyenvien.tinh', unitCode: 'TQ', reachesCommune: true, seesDossier: false },
  { username: 'pho.tinh', unitCode: 'TQ', reachesCommune: true, seesDossier: true },
  { username: 'lanhdao.tinh', unitCode: 'TQ', reachesCommune: true, seesDossier: true },
  { username: 'thanhtra.tinh', unitCode: 'TQ', reachesCommune: true, seesDossier: true },
  { username: 'quantri', unitCode: 'TQ', reachesCommune: true, seesDossier: true },
  { username: 'thamdinh.snv', unitCode: 'TQ-SNV', reachesCommune: false, seesDossier: false },
] as const;

/** The page has stopped loading: no spinner, no skeleton, no request in flight. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {});
  await page.waitForLoadState('networkidle');
}

describe('every page, as every role: Vietnamese only, accessible, without errors', () => {
  let system: SystemUnderTest;
  let browser: TestBrowser;
  let baseUrl: string;
  let campaignId: string;
  let obligationKey: string;
  let dossierId: string;

  beforeAll(async () => {
    serveBuiltWebApp();
    system = await SystemUnderTest.start();
    await system.app.app.listen(0, '127.0.0.1');
    baseUrl = (await system.app.app.getUrl()).replace('[::1]', '127.0.0.1');
    // The plan offers the catalogue's Giấy khen, so the awards pages have a list to show.
    const flow = (await draftAndSign(system, awardPlan())).flow;
    await flow.waitForStatus('running');
    campaignId = flow.campaignId;
    const specialist = await system.login('chuyenvien.ys-thangquan');
    obligationKey = await eventually('the commune’s launch in its inbox', async () => {
      const inbox = (await specialist.get('/inbox').expect(200)).body as { items: { campaignId: string; obligationKey: string }[] };
      return inbox.items.find((item) => item.campaignId === campaignId)?.obligationKey;
    });
    dossierId = await eventually('the commune’s Giấy khen list accepted', async () => {
      const created = await specialist.post(`/campaigns/${campaignId}/award-dossiers`, {
        awardKey: 'giay-khen',
        minutes: { heldOn: vietnamToday(), present: 7, members: 9 },
        nominations: [
          {
            nominee: {
              kind: 'individual',
              fullName: 'Nguyễn Thị Lan',
              personalId: '008085001234',
              position: 'Công chức Văn phòng – Thống kê',
            },
            achievements: 'Hoàn thành xuất sắc việc số hóa hồ sơ thủ tục hành chính của xã.',
          },
        ],
      });
      // Refused (400) until the commune's nomination duty has opened.
      return created.status === 201 ? (created.body as { id: string }).id : undefined;
    });
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const pagesOf = (official: (typeof OFFICIALS)[number]) => {
    const campaign = `/phong-trao/${campaignId}`;
    const unit = official.reachesCommune ? COMMUNE : official.unitCode;
    return [
      '/hop-viec',
      '/tong-quan',
      '/phong-trao',
      '/phong-trao/moi',
      campaign,
      `${campaign}/don-vi/${unit}`,
      ...(official.reachesCommune ? [`${campaign}/don-vi/${COMMUNE}/viec/${encodeURIComponent(obligationKey)}`] : []),
      `/kiem-tra?phong-trao=${campaignId}`,
      '/khen-thuong',
      `/khen-thuong?phong-trao=${campaignId}`,
      '/khen-thuong?muc=cong-khai',
      '/khen-thuong?muc=danh-muc',
      '/khen-thuong?muc=lich-su',
      `${campaign}/khen-thuong/moi`,
      ...(official.seesDossier ? [`/ho-so-khen-thuong/${dossierId}`] : []),
      // Org upkeep is the administrator's alone (the navigation offers it to no one else).
      ...(official.username === 'quantri' ? ['/quan-tri/to-chuc'] : []),
      // Accounts administration is the administrator's alone (the menu shows it to no one else).
      ...(official.username === 'quantri' ? ['/quan-tri/can-bo'] : []),
      // The pages for a wrong address and for changing one's password are the same for everyone: the first official walks them.
      ...(official === OFFICIALS[0] ? ['/doi-mat-khau', '/khong-co-trang-nay'] : []),
    ];
  };

  it('shows the login page in Vietnamese, accessible', async () => {
    const page = await browser.context.newPage();
    const watch = watchForProblems(page);
    await page.goto(`${baseUrl}/dang-nhap`);
    await settled(page);
    expect(englishIn(await visibleText(page))).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  it.each(OFFICIALS.map((official) => [official.username, official] as const))('as %s', async (username, official) => {
    const page = await browser.context.newPage();
    const watch = watchForProblems(page);
    await page.goto(`${baseUrl}/dang-nhap`);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.getByTestId('official').locator('strong').first().waitFor();

    const findings: Record<string, { english?: string[]; accessibility?: string[]; problems?: string[] }> = {};
    for (const path of pagesOf(official)) {
      await page.goto(`${baseUrl}${path}`);
      await settled(page);
      const english = englishIn(await visibleText(page), PLAN_WORDS);
      const accessibility = await accessibilityViolations(page);
      const problems = watch.problems.splice(0);
      if (english.length || accessibility.length || problems.length) findings[path] = { english, accessibility, problems };
      await page.screenshot({ path: join(SCREENSHOTS, `${username}${path.replace(/[/?=#%]+/g, '_')}.png`), fullPage: true });
    }
    expect(findings).toEqual({});
    await page.close(); // the session lives in the tab's sessionStorage: the next official starts signed out
  });
});
