import { DefaultLogger, Runtime } from '@temporalio/worker';
import type { Browser } from 'playwright-core';
import type { OrgImport } from '@tdkt/domain';
import { BenchSystem } from './support/bench-system';
import { loadAverages } from './support/machine-load';
import { machineDescription } from './support/run-header';
import { quantile, ratio } from './support/statistics';
import { chromiumVersion, launchBenchChromium } from './web/bench-browser';
import { BENCH_WEB_DIST, buildWebApp, describeSources } from './web/build-web-app';
import { BuiltFile, builtFile, entryFiles, kB } from './web/bundle-files';
import { coldLoad, ColdLoad } from './web/cold-load';
import { describeFast3g } from './web/fast-3g';
import { measureInboxRender, RenderSample } from './web/inbox-render';
import { draftCampaigns, fillInbox } from './web/inbox-tasks';
import { isJsOrCss, shortName } from './web/network-log';
import { accessToken } from './web/session-token';
import { runBench } from './support/run-bench';

/**
 * The web app as a commune official meets it: (1) what the production build weighs, on disk and on the wire;
 * (2) a cold load of the inbox over Chrome DevTools' Fast 3G until the first task is on screen, against a cold
 * load of /favicon.svg over the same profile (the floor the network alone sets); (3) the inbox with 1,000 open
 * tasks, network aside (first row, then a choice of kind), against the same inbox with 10. Both officials are
 * the demo's commune specialists. Usage: web-app.bench.ts [runs] [--reuse-build] (default 5 runs; with
 * --reuse-build an existing build in /tmp/tdkt-bench-web-dist is measured instead of building anew).
 */
const LONG = { username: 'chuyenvien.ys-thangquan', unitCode: 'TQ-YS-THANGQUAN', tasks: 1000 };
const SHORT = { username: 'chuyenvien.ys-langquan', unitCode: 'TQ-YS-LANGQUAN', tasks: 10 };
const CAMPAIGNS = 4;
/** "Sơ kết" (interim_review, the plan's so-ket-2023 phase): every eighth task, so present in both inboxes. */
const FILTER = { optionTitle: 'Sơ kết', tagText: 'Sơ kết' };
// The demo org is all the bench needs; no bench communes.
const NO_EXTRA_UNITS: OrgImport = { levels: [], units: [], officials: [] };

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '–' : `${Math.round(value).toLocaleString('en-US')} ms`;
const median = (samples: number[]) => quantile(samples, 0.5);
const worst = (samples: number[]) => Math.max(...samples);

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
  console.log(machineDescription());
  console.log(`sources: ${describeSources()}`);
  const buildSeconds = buildWebApp(args.includes('--reuse-build'));
  console.log(
    buildSeconds === null ? `web app: reused ${BENCH_WEB_DIST}` : `web app: built into ${BENCH_WEB_DIST} in ${buildSeconds.toFixed(1)} s`,
  );
  printEntryFiles();

  process.env.WEB_DIST_DIR = BENCH_WEB_DIST;
  const system = await BenchSystem.start(NO_EXTRA_UNITS);
  const browser = await launchBenchChromium();
  try {
    console.log(`${chromiumVersion(browser)}\n${describeFast3g()}`);
    const campaigns = await draftCampaigns(system.baseUrl, CAMPAIGNS);
    await fillInbox(system.dataSource, LONG.unitCode, campaigns, LONG.tasks);
    await fillInbox(system.dataSource, SHORT.unitCode, campaigns, SHORT.tasks);
    const [longToken, shortToken] = await Promise.all([
      accessToken(system.baseUrl, LONG.username),
      accessToken(system.baseUrl, SHORT.username),
    ]);
    for (const [who, token] of [
      [LONG, longToken],
      [SHORT, shortToken],
    ] as const)
      console.log(`${who.username}: /inbox total ${await inboxTotal(system.baseUrl, token)} (filled ${who.tasks})`);

    await coldLoads(system.baseUrl, browser, shortToken, longToken, runs);
    await renderTimes(system.baseUrl, browser, longToken, shortToken, runs);
  } finally {
    await browser.close();
    await system.stop();
  }
}

/** (1) The entry chunk and its CSS as built: what every first visit must fetch before the app can start. */
function printEntryFiles(): void {
  const entry = entryFiles(BENCH_WEB_DIST);
  console.log(
    '\n## Entry files (index.html), as built\n\n| file | role | raw | gzip (zlib level 6) | br (quality 4, as served) |\n|---|---|---:|---:|---:|',
  );
  const row = (role: string) => (f: BuiltFile) => console.log(`| ${f.path} | ${role} | ${kB(f.raw)} | ${kB(f.gzip)} | ${kB(f.brotli)} |`);
  row('entry chunk (script type=module)')(entry.script);
  entry.styles.forEach(row('stylesheet'));
  entry.preloads.forEach(row('modulepreload'));
}

/** (2) Cold loads over Fast 3G, interleaved per run (baseline, short inbox, long inbox) so drift falls on all three. */
async function coldLoads(baseUrl: string, browser: Browser, shortToken: string, longToken: string, runs: number) {
  const baseline: ColdLoad[] = [];
  const short: ColdLoad[] = [];
  const long: ColdLoad[] = [];
  console.log(
    `\n## Cold load over Fast 3G, ${runs} runs\n\n| run | load before | baseline: /favicon.svg loaded | inbox ${SHORT.tasks}: DOMContentLoaded | badge | first row | ` +
      `inbox ${LONG.tasks}: DOMContentLoaded | badge | first row |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|`,
  );
  for (let run = 1; run <= runs; run++) {
    const before = loadAverages();
    baseline.push(await coldLoad(browser, `${baseUrl}/favicon.svg`, null, false));
    short.push(await coldLoad(browser, `${baseUrl}/hop-viec`, shortToken, true));
    long.push(await coldLoad(browser, `${baseUrl}/hop-viec`, longToken, true));
    const [b, s, l] = [baseline, short, long].map((loads) => loads[loads.length - 1]);
    console.log(
      `| ${run} | ${before} | ${ms(b.load)} | ${ms(s.domContentLoaded)} | ${ms(s.badge)} | ${ms(s.firstRow)} | ${ms(l.domContentLoaded)} | ${ms(l.badge)} | ${ms(l.firstRow)} |`,
    );
  }
  console.log(`load after: ${loadAverages()}`);

  const floor = baseline.map((b) => b.load);
  console.log(
    '\n| measure | ours: median | ours: worst | baseline (favicon loaded): median | worst | ratio median | ratio worst |\n|---|---:|---:|---:|---:|---:|---:|',
  );
  const summary = (what: string, values: number[]) =>
    console.log(
      `| ${what} | ${ms(median(values))} | ${ms(worst(values))} | ${ms(median(floor))} | ${ms(worst(floor))} | ` +
        `**${ratio(median(values), median(floor))}** | ${ratio(worst(values), worst(floor))} |`,
    );
  summary(
    `inbox ${SHORT.tasks}: first row (usable)`,
    short.map((l) => l.firstRow ?? NaN),
  );
  summary(
    `inbox ${SHORT.tasks}: DOMContentLoaded`,
    short.map((l) => l.domContentLoaded),
  );
  summary(
    `inbox ${SHORT.tasks}: count badge`,
    short.map((l) => l.badge ?? NaN),
  );
  summary(
    `inbox ${LONG.tasks}: first row (usable)`,
    long.map((l) => l.firstRow ?? NaN),
  );

  printDownloads(short, `inbox ${SHORT.tasks}`);
  printDownloads(long, `inbox ${LONG.tasks}`);
  printWaterfall(baseUrl, short, `inbox ${SHORT.tasks}`);
}

/** What a cold load of the inbox fetched, on the wire (`encodedDataLength`), split at the first row. */
function printDownloads(loads: ColdLoad[], what: string): void {
  const sum = (requests: ColdLoad['requests']) => requests.reduce((total, r) => total + (r.bytes ?? 0), 0);
  const perRun = loads.map((load) => {
    const code = load.requests.filter(isJsOrCss);
    return {
      files: code.length,
      code: sum(code),
      codeRaw: code.reduce((total, r) => total + builtFile(BENCH_WEB_DIST, new URL(r.url).pathname).raw, 0),
      codeBeforeRow: sum(code.filter((r) => (r.end ?? Infinity) <= (load.firstRow ?? 0))),
      all: sum(load.requests),
      inbox: sum(load.requests.filter((r) => new URL(r.url).pathname === '/inbox')),
      requests: load.requests.length,
    };
  });
  const m = (pick: (r: (typeof perRun)[number]) => number) => median(perRun.map(pick));
  console.log(
    `\n${what}, cold load, median of ${loads.length}, on the wire: JS+CSS ${kB(m((r) => r.code))} in ${m((r) => r.files)} files ` +
      `(${kB(m((r) => r.codeRaw))} as built; ${kB(m((r) => r.codeBeforeRow))} of it finished before the first row); ` +
      `everything ${kB(m((r) => r.all))} in ${m((r) => r.requests)} requests; GET /inbox (every call) ${kB(m((r) => r.inbox))}`,
  );
}

/** The median run's requests in order: names, sizes and when each started and finished (ms since navigation). */
function printWaterfall(baseUrl: string, loads: ColdLoad[], what: string): void {
  const sorted = [...loads].sort((a, b) => (a.firstRow ?? 0) - (b.firstRow ?? 0));
  const load = sorted[Math.floor((sorted.length - 1) / 2)];
  console.log(
    `\n${what}: the median run's requests (first row at ${ms(load.firstRow)})\n\n` +
      '| request | type | status | encoding | on the wire | raw (built) | start | end |\n|---|---|---:|---|---:|---:|---:|---:|',
  );
  for (const r of load.requests) {
    const path = shortName(r.url, baseUrl);
    const raw = isJsOrCss(r) ? kB(builtFile(BENCH_WEB_DIST, new URL(r.url).pathname).raw) : '';
    console.log(
      `| ${path.length > 60 ? `${path.slice(0, 57)}…` : path} | ${r.type} | ${r.status ?? r.failed ?? '?'} | ${r.contentEncoding ?? ''} | ` +
        `${r.bytes === undefined ? '–' : kB(r.bytes)} | ${raw} | ${ms(r.start)} | ${ms(r.end)} |`,
    );
  }
}

/** (3) The long inbox against the short one, unthrottled and warm, alternating which goes first. */
async function renderTimes(baseUrl: string, browser: Browser, longToken: string, shortToken: string, runs: number) {
  const before = loadAverages();
  const long: RenderSample[] = [];
  const short: RenderSample[] = [];
  // Two rounds, long then short, short then long: `runs` samples each in all.
  for (const [round, order] of [
    [Math.ceil(runs / 2), [long, short]],
    [Math.floor(runs / 2), [short, long]],
  ] as const) {
    for (const samples of order) {
      const token = samples === long ? longToken : shortToken;
      samples.push(...(await measureInboxRender(browser, `${baseUrl}/hop-viec`, token, FILTER, round)));
    }
  }
  const after = loadAverages();
  console.log(
    `\n## Inbox with ${LONG.tasks} open tasks, unthrottled, app files cached; ${long.length} samples each; load before ${before}, after ${after}\n\n` +
      `| measure | ${LONG.tasks} tasks | ${SHORT.tasks} tasks (baseline) | ratio |\n|---|---:|---:|---:|`,
  );
  const row = (what: string, pick: (s: RenderSample) => number, stat: (v: number[]) => number) =>
    console.log(
      `| ${what} | ${ms(stat(long.map(pick)))} | ${ms(stat(short.map(pick)))} | **${ratio(stat(long.map(pick)), stat(short.map(pick)))}** |`,
    );
  row('navigation → first row, median', (s) => s.firstRow, median);
  row('navigation → first row, worst', (s) => s.firstRow, worst);
  row(`choose "${FILTER.optionTitle}" → filtered rows, median`, (s) => s.filter, median);
  row(`choose "${FILTER.optionTitle}" → filtered rows, worst`, (s) => s.filter, worst);
  console.log(
    `rows on screen after the filter: ${LONG.tasks} tasks ${long[0]?.filteredRows}, ${SHORT.tasks} tasks ${short[0]?.filteredRows}`,
  );
}

async function inboxTotal(baseUrl: string, token: string): Promise<number> {
  const response = await fetch(`${baseUrl}/inbox?limit=1`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as { total: number }).total;
}

runBench(main);
