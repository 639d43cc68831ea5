import request from 'supertest';
import type { AuditActor, DecisionEntry, Role } from '@tdkt/domain';
import { CampaignEntity, CampaignRepository, DecisionLog, OrgDirectory } from '@tdkt/persistence';
import { startTestApp, TestApp } from '../test-app';
import { insertCampaign, loginCache } from './audit-test-support';

const COMMENT = 'Xã đã phát động, "đợt 1", có dấu phẩy\nvà xuống dòng <script>alert(1)</script>';

/** Raw bytes, so the test sees exactly what was sent (a byte order mark included). */
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('a campaign’s timeline: JSON, CSV and printable record, within the viewer’s scope (real DB)', () => {
  let t: TestApp;
  let log: DecisionLog;
  let campaign: CampaignEntity;
  let districtCampaign: CampaignEntity;
  const login = loginCache(() => t);
  const get = async (username: string, path: string) =>
    request(t.app.getHttpServer())
      .get(path)
      .set('Authorization', `Bearer ${await login(username)}`);
  const seqs = (body: { items: { seq: number }[] }) => body.items.map((i) => i.seq);

  const actor = async (username: string, role: Role): Promise<AuditActor> => {
    const found = await new OrgDirectory(t.dataSource).findOfficial({ username });
    if (!found) throw new Error(`no ${username} in the demo seed`);
    return { officialId: found.official.id, username, fullName: found.official.fullName, unitCode: found.unit.code, role };
  };
  const entry = (over: Partial<DecisionEntry> & Pick<DecisionEntry, 'eventKey' | 'at' | 'action' | 'unitCode'>): DecisionEntry => ({
    actor: null,
    capacity: null,
    obligationKey: null,
    comment: null,
    values: null,
    dueAt: null,
    ...over,
  });
  const source = (workflowId: string) => ({ workflowId, runId: 'run-1', eventId: 7 });

  beforeAll(async () => {
    t = await startTestApp();
    log = new DecisionLog(t.dataSource);
    campaign = await insertCampaign(t, 'TQ', 'Phong trào “Chuyển đổi số” tỉnh Tuyên Quang');
    await new CampaignRepository(t.dataSource).recordStatus(campaign.id, 'running', {
      planNumber: '7/KH-UBND',
      issuedAt: new Date('2026-03-02T03:30:00Z'),
    });
    const id = campaign.id;
    // seq 1–2: the plan, on the issuer (province).
    await log.append({
      campaignId: id,
      source: source(`campaign:${id}`),
      entries: [
        entry({
          eventKey: 'r-1',
          at: '2026-03-01T01:00:00.000Z',
          action: 'plan_submitted',
          unitCode: 'TQ',
          actor: await actor('chuyenvien.tinh', 'specialist'),
          values: { round: 1 },
        }),
        entry({
          eventKey: 'r-2',
          at: '2026-03-02T03:30:00.000Z',
          action: 'plan_signed',
          unitCode: 'TQ',
          actor: await actor('pho.tinh', 'deputy_leader'),
          capacity: 'KT',
          comment: 'Đồng ý ban hành',
          values: { stepKey: 'ky', round: 1 },
        }),
      ],
    });
    // seq 3–4: a commune of Yên Sơn reports (23:30 on 5/3 in Vietnam) and is approved (00:30 on 6/3).
    await log.append({
      campaignId: id,
      source: source(`participation:${id}:TQ-YS-THANGQUAN`),
      entries: [
        entry({
          eventKey: 'r-3',
          at: '2026-03-05T16:30:00.000Z',
          action: 'report_submitted',
          unitCode: 'TQ-YS-THANGQUAN',
          obligationKey: 'phat-dong',
          actor: await actor('chuyenvien.ys-thangquan', 'specialist'),
          comment: COMMENT,
          values: { summary: 'Đã phát động phong trào', kpiValues: { tyLeHoSoTrucTuyen: 95 } },
          dueAt: '2026-03-10T10:00:00.000Z',
        }),
        entry({
          eventKey: 'r-4',
          at: '2026-03-05T17:30:00.000Z',
          action: 'report_approved',
          unitCode: 'TQ-YS-THANGQUAN',
          obligationKey: 'phat-dong',
          actor: await actor('lanhdao.ys-thangquan', 'leader'),
          comment: 'Đồng ý',
          dueAt: '2026-03-10T10:00:00.000Z',
        }),
      ],
    });
    // seq 5: a reminder to the district; seq 6: Sơn Dương, recorded late but earlier in time.
    await log.append({
      campaignId: id,
      source: source(`participation:${id}:TQ-YS`),
      entries: [
        entry({
          eventKey: 'phat-dong|reminder',
          at: '2026-03-06T01:00:00.000Z',
          action: 'reminder_sent',
          unitCode: 'TQ-YS',
          obligationKey: 'phat-dong',
        }),
      ],
    });
    await log.append({
      campaignId: id,
      source: source(`participation:${id}:TQ-SD`),
      entries: [
        entry({
          eventKey: 'r-6',
          at: '2026-03-04T02:00:00.000Z',
          action: 'report_submitted',
          unitCode: 'TQ-SD',
          obligationKey: 'phat-dong',
        }),
      ],
    });
    // seq 7: the log's own seal, on no unit.
    await log.seal(id, 'phat-dong', source(`campaign:${id}`), '2026-03-07T00:00:00.000Z');

    districtCampaign = await insertCampaign(t, 'TQ-YS', 'Phong trào của huyện Yên Sơn');
    // Its communes have obligations: it is issued (a draft is read only on its issuer's side, docs/ACCESS.md).
    await new CampaignRepository(t.dataSource).recordStatus(districtCampaign.id, 'running', {});
    await log.append({
      campaignId: districtCampaign.id,
      source: source(`participation:${districtCampaign.id}:TQ-YS-THANGQUAN`),
      entries: [
        entry({
          eventKey: 'd-1',
          at: '2026-04-01T02:00:00.000Z',
          action: 'obligation_opened',
          unitCode: 'TQ-YS-THANGQUAN',
          obligationKey: 'bao-cao',
        }),
      ],
    });
    await log.seal(districtCampaign.id, 'mo', source(`campaign:${districtCampaign.id}`), '2026-04-01T03:00:00.000Z');
  });
  afterAll(() => t?.close());

  it('lists every step oldest first, with local times, labels and the recorded values', async () => {
    const response = await get('thanhtra.tinh', `/campaigns/${campaign.id}/timeline`);
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(7);
    expect(seqs(response.body)).toEqual([1, 2, 6, 3, 4, 5, 7]);
    const report = response.body.items.find((i: { seq: number }) => i.seq === 3);
    expect(report).toEqual({
      seq: 3,
      at: '2026-03-05T16:30:00.000Z',
      atLocal: '05/03/2026 23:30',
      actor: { username: 'chuyenvien.ys-thangquan', fullName: expect.any(String), unitCode: 'TQ-YS-THANGQUAN', role: 'specialist' },
      capacity: null,
      action: 'report_submitted',
      actionLabel: 'Gửi báo cáo',
      unitCode: 'TQ-YS-THANGQUAN',
      obligationKey: 'phat-dong',
      comment: COMMENT,
      values: { summary: 'Đã phát động phong trào', kpiValues: { tyLeHoSoTrucTuyen: 95 } },
      dueAt: '2026-03-10T10:00:00.000Z',
      dueAtLocal: '10/03/2026 17:00',
      workflowId: `participation:${campaign.id}:TQ-YS-THANGQUAN`,
      eventId: 7,
    });
    const signed = response.body.items.find((i: { seq: number }) => i.seq === 2);
    expect(signed).toMatchObject({
      action: 'plan_signed',
      actionLabel: 'Ký ban hành kế hoạch',
      capacity: 'KT',
      actor: { username: 'pho.tinh', role: 'deputy_leader' },
    });
    const seal = response.body.items.find((i: { seq: number }) => i.seq === 7);
    expect(seal).toMatchObject({
      action: 'chain_sealed',
      actionLabel: 'Niêm phong nhật ký',
      actor: null,
      unitCode: null,
      values: { label: 'phat-dong', seq: 6 },
    });
  });

  it('shows each viewer only the steps on their unit and below, and the log’s own entries only to the issuer and above', async () => {
    const district = await get('thanhtra.ys', `/campaigns/${campaign.id}/timeline`);
    expect(district.status).toBe(200);
    expect(seqs(district.body)).toEqual([3, 4, 5]);
    expect(district.body.total).toBe(3);
    expect(seqs((await get('lanhdao.ys', `/campaigns/${campaign.id}/timeline`)).body)).toEqual([3, 4, 5]);
    expect(seqs((await get('chuyenvien.ys-thangquan', `/campaigns/${campaign.id}/timeline`)).body)).toEqual([3, 4]);
    expect((await get('lanhdao.snv', `/campaigns/${campaign.id}/timeline`)).body).toEqual({ items: [], total: 0 });

    // A campaign issued by the district: its auditor and the province see the seal, the commune does not.
    const path = `/campaigns/${districtCampaign.id}/timeline`;
    expect((await get('thanhtra.ys', path)).body.items.map((i: { action: string }) => i.action)).toEqual([
      'obligation_opened',
      'chain_sealed',
    ]);
    expect((await get('thanhtra.tinh', path)).body.total).toBe(2);
    expect((await get('lanhdao.ys-thangquan', path)).body.items.map((i: { action: string }) => i.action)).toEqual(['obligation_opened']);
    await get('thanhtra.ys', `/campaigns/${districtCampaign.id}/timeline?unitCode=TQ-YS-THANGQUAN`).then((r) =>
      expect(r.body.total).toBe(1),
    );
    expect((await get('lanhdao.sd', path)).status).toBe(403);
  });

  it('filters by unit subtree, official, actions and Vietnamese days, and pages', async () => {
    const base = `/campaigns/${campaign.id}/timeline`;
    expect(seqs((await get('thanhtra.tinh', `${base}?unitCode=TQ-YS`)).body)).toEqual([3, 4, 5]);
    expect(seqs((await get('thanhtra.tinh', `${base}?unitCode=TQ-YS-THANGQUAN`)).body)).toEqual([3, 4]);
    expect(seqs((await get('thanhtra.tinh', `${base}?unitCode=TQ`)).body)).toEqual([1, 2, 6, 3, 4, 5]);
    expect(seqs((await get('thanhtra.tinh', `${base}?actor=pho.tinh`)).body)).toEqual([2]);
    expect(seqs((await get('thanhtra.tinh', `${base}?action=report_submitted,report_approved`)).body)).toEqual([6, 3, 4]);
    expect(seqs((await get('thanhtra.tinh', `${base}?action=report_submitted&action=chain_sealed`)).body)).toEqual([6, 3, 7]);
    // 5/3 in Vietnam ends at 16:59:59.999Z: the report at 23:30 is in, the approval at 00:30 on 6/3 is not.
    expect(seqs((await get('thanhtra.tinh', `${base}?to=2026-03-05`)).body)).toEqual([1, 2, 6, 3]);
    expect(seqs((await get('thanhtra.tinh', `${base}?from=2026-03-06`)).body)).toEqual([4, 5, 7]);
    expect(seqs((await get('thanhtra.tinh', `${base}?from=2026-03-05&to=2026-03-05`)).body)).toEqual([3]);
    expect(seqs((await get('thanhtra.tinh', `${base}?from=2026-03-05T23:00&to=2026-03-06T00:59:59%2B07:00`)).body)).toEqual([3, 4]);
    expect(seqs((await get('thanhtra.tinh', `${base}?from=2026-03-05T17:00:00Z`)).body)).toEqual([4, 5, 7]);

    const page = await get('thanhtra.tinh', `${base}?limit=2&offset=1`);
    expect(page.body.total).toBe(7);
    expect(seqs(page.body)).toEqual([2, 6]);
    const filteredPage = await get('thanhtra.ys', `${base}?limit=1&offset=2&action=report_submitted,report_approved,reminder_sent`);
    expect(filteredPage.body).toMatchObject({ total: 3, items: [{ seq: 5 }] });
  });

  it('refuses bad filters with 400 and names what to fix, an unknown unit with 404, a unit out of scope with 403', async () => {
    const base = `/campaigns/${campaign.id}/timeline`;
    const bad = await get('thanhtra.tinh', `${base}?action=report_submitted,xoa_du_lieu`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('xoa_du_lieu');
    expect(JSON.stringify(bad.body)).toContain('report_approved');
    expect((await get('thanhtra.tinh', `${base}?from=h%C3%B4m-qua`)).status).toBe(400);
    const impossible = await get('thanhtra.tinh', `${base}?from=2026-02-30`);
    expect(impossible.status).toBe(400);
    expect(impossible.body.detail).toContain('2026-02-30');
    const reversed = await get('thanhtra.tinh', `${base}?from=2026-03-06&to=2026-03-05`);
    expect(reversed.status).toBe(400);
    expect(reversed.body.detail).toContain('phải trước');
    expect((await get('thanhtra.tinh', `${base}?limit=0`)).status).toBe(400);
    expect((await get('thanhtra.tinh', `${base}?limit=501`)).status).toBe(400);
    expect((await get('thanhtra.tinh', `${base}?unitCode=KHONG-CO`)).status).toBe(404);
    const outside = await get('thanhtra.ys', `${base}?unitCode=TQ-SD`);
    expect(outside.status).toBe(403);
    expect(outside.body.detail).toContain('ngoài phạm vi');
    expect((await get('thanhtra.tinh', `/campaigns/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/timeline`)).status).toBe(404);
    expect((await get('thanhtra.tinh', '/campaigns/khong-phai-uuid/timeline')).status).toBe(400);
  });

  it('exports the filtered timeline as CSV: BOM, Vietnamese headers, RFC 4180 quoting', async () => {
    const response = await request(t.app.getHttpServer())
      .get(`/campaigns/${campaign.id}/timeline.csv?unitCode=TQ-YS`)
      .set('Authorization', `Bearer ${await login('thanhtra.tinh')}`)
      .buffer(true)
      .parse(binary);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="nhat-ky-${campaign.id}.csv"`);
    expect(response.headers['x-total-count']).toBe('3');
    const bytes = response.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const [header] = text.split('\r\n');
    expect(header).toBe(
      'STT,Thời điểm (giờ Việt Nam),Thời điểm (UTC),Hành động,Mã hành động,Người thực hiện,Tài khoản,Đơn vị người thực hiện,Vai trò,' +
        'Thẩm quyền ký,Đơn vị,Nhiệm vụ,Ý kiến,Nội dung,Hạn (giờ Việt Nam),Quy trình,Sự kiện',
    );
    expect(text).toContain('"Xã đã phát động, ""đợt 1"", có dấu phẩy\nvà xuống dòng <script>alert(1)</script>"');
    expect(text).toContain('3,05/03/2026 23:30,2026-03-05T16:30:00.000Z,Gửi báo cáo,report_submitted,');
    expect(text).toContain(',Chuyên viên,,TQ-YS-THANGQUAN,phat-dong,');
    expect(text).toContain('"{""kpiValues"":{""tyLeHoSoTrucTuyen"":95},""summary"":""Đã phát động phong trào""}"');
    expect(text).toContain('5,06/03/2026 08:00,2026-03-06T01:00:00.000Z,Nhắc việc,reminder_sent,Hệ thống,');
    expect(text.endsWith('\r\n')).toBe(true);
    // Header + 3 records; the comment's own line break is inside quotes.
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(text).not.toContain('TQ-SD');

    expect((await get('thanhtra.tinh', `/campaigns/${campaign.id}/timeline.csv?limit=10`)).status).toBe(400);
    expect((await get('thanhtra.ys', `/campaigns/${campaign.id}/timeline.csv?unitCode=TQ-SD`)).status).toBe(403);
  });

  it('prints a record with the issuing body, the plan, the period and an intact chain; escapes what officials typed', async () => {
    const response = await get('thanhtra.tinh', `/campaigns/${campaign.id}/timeline.html`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = response.text;
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Ủy ban nhân dân tỉnh Tuyên Quang');
    expect(html).toContain('Phong trào “Chuyển đổi số” tỉnh Tuyên Quang');
    expect(html).toContain('Kế hoạch số: 7/KH-UBND');
    expect(html).toContain('Thời gian: từ 01/03/2026 08:00 đến 07/03/2026 07:00');
    expect(html).toContain('Chuỗi nhật ký toàn vẹn: 7 dòng');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('@media print');
    expect(html.match(/<tr><td>/g)).toHaveLength(7);

    const filtered = await get('thanhtra.ys', `/campaigns/${campaign.id}/timeline.html?from=2026-03-06&action=report_approved`);
    expect(filtered.text).toContain('Thời gian: từ 06/03/2026 đến 06/03/2026 00:30');
    expect(filtered.text).toContain('Lọc theo: hành động: Duyệt báo cáo');
    expect(filtered.text.match(/<tr><td>/g)).toHaveLength(1);
    expect(filtered.text).toContain('Chuỗi nhật ký toàn vẹn: 7 dòng');
  });

  it('shows the first tampered row once a row is edited behind the log’s back', async () => {
    const p = (n: number) => (t.dataSource.options.type === 'postgres' ? `$${n}` : '?');
    await t.dataSource.query(`UPDATE decision_log SET comment = ${p(1)} WHERE campaign_id = ${p(2)} AND seq = ${p(3)}`, [
      'Không đồng ý',
      campaign.id,
      4,
    ]);
    const html = (await get('thanhtra.tinh', `/campaigns/${campaign.id}/timeline.html`)).text;
    expect(html).not.toContain('Chuỗi nhật ký toàn vẹn');
    expect(html).toContain('Phát hiện sai lệch trong chuỗi nhật ký (7 dòng): Dòng #4 đã bị sửa');
    expect(html).toContain('class="verdict bad"');
    // The district's copy says the same: the check covers the whole chain, not only the rows it may read.
    expect((await get('thanhtra.ys', `/campaigns/${campaign.id}/timeline.html`)).text).toContain('Dòng #4 đã bị sửa');
    // The timeline itself shows what the database now holds.
    const items = (await get('thanhtra.tinh', `/campaigns/${campaign.id}/timeline?actor=lanhdao.ys-thangquan`)).body.items;
    expect(items).toMatchObject([{ seq: 4, comment: 'Không đồng ý' }]);
  });
});
