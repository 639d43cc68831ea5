import type { AwardCatalogueEntry } from './award-catalogue.types';
import { computeAwardRoute, isRouteRefusal } from './award-route';
import type { AwardRoute } from './award-route.types';
import { LUAT_2022_CATALOGUE } from './catalogue/luat-2022.catalogue';
import { pathOf } from './__fixtures__/demo-units';

const entry = (key: string): AwardCatalogueEntry => LUAT_2022_CATALOGUE.entries.find((e) => e.key === key)!;
const limits = LUAT_2022_CATALOGUE.stepLimits;

function route(key: string, from: string, changes: Partial<AwardCatalogueEntry> = {}): AwardRoute {
  const result = computeAwardRoute({ ...entry(key), ...changes }, limits, pathOf(from));
  if (isRouteRefusal(result)) throw new Error(result.message);
  return result;
}

/** Each step as "kind@unit:role(days)", to read a route at a glance. */
const steps = (r: AwardRoute) => r.steps.map((s) => `${s.kind}@${s.unitCode}:${s.role}(${s.workingDays})`);

describe('computeAwardRoute', () => {
  it("keeps a commune's Giấy khen in the commune: its own officials appraise, its chairman decides", () => {
    const r = route('giay-khen', 'TQ-YS-THANGQUAN');
    expect(r.decidingUnitCode).toBe('TQ-YS-THANGQUAN');
    expect(steps(r)).toEqual([
      'propose@TQ-YS-THANGQUAN:leader(5)',
      'appraise@TQ-YS-THANGQUAN:specialist(10)',
      'decide@TQ-YS-THANGQUAN:leader(5)',
    ]);
  });

  it("keeps a Sở's Giấy khen in the Sở: it never reaches the province's People's Committee", () => {
    const r = route('giay-khen', 'TQ-SNV');
    expect(r.decidingUnitCode).toBe('TQ-SNV');
    expect(r.steps.map((s) => s.unitCode)).not.toContain('TQ');
  });

  it('sends a commune’s Chiến sĩ thi đua cơ sở to its district, which decides it', () => {
    expect(steps(route('chien-si-thi-dua-co-so', 'TQ-YS-THANGQUAN'))).toEqual([
      'propose@TQ-YS-THANGQUAN:leader(5)',
      'appraise@TQ-YS:specialist(10)',
      'decide@TQ-YS:leader(5)',
    ]);
  });

  it("takes a commune's Bằng khen of the province's chairman through its district to the provincial board and council", () => {
    const r = route('bang-khen-chu-tich-ubnd-tinh', 'TQ-YS-THANGQUAN');
    expect(r.decidingUnitCode).toBe('TQ');
    expect(steps(r)).toEqual([
      'propose@TQ-YS-THANGQUAN:leader(5)',
      'endorse@TQ-YS:leader(5)',
      'appraise@TQ:board_appraiser(10)',
      'council@TQ:council_secretary(5)',
      'decide@TQ:leader(5)',
    ]);
    expect(r.steps[3].council).toMatchObject({ kind: 'vote', threshold: 0.8 });
  });

  it("forwards a commune's Bằng khen of the Thủ tướng: commune → district → province (appraise, council) → forward", () => {
    const r = route('bang-khen-thu-tuong', 'TQ-YS-THANGQUAN');
    expect(steps(r)).toEqual([
      'propose@TQ-YS-THANGQUAN:leader(5)',
      'endorse@TQ-YS:leader(5)',
      'appraise@TQ:board_appraiser(10)',
      'council@TQ:council_secretary(5)',
      'forward@TQ:leader(20)',
    ]);
    expect(r.steps[4].forwardTo).toBe('thu_tuong');
  });

  it('posts a Huân chương for ten working days and consults before the council, then forwards it to the Chủ tịch nước', () => {
    const r = route('huan-chuong-lao-dong-hang-ba', 'TQ-SNV');
    expect(steps(r)).toEqual([
      'propose@TQ-SNV:leader(5)',
      'appraise@TQ:board_appraiser(10)',
      'consult@TQ:board_appraiser(10)',
      'post@TQ:board_appraiser(10)',
      'council@TQ:council_secretary(5)',
      'forward@TQ:leader(20)',
    ]);
    expect(r.steps[3].postingWorkingDays).toBe(10);
    expect(r.steps[5].forwardTo).toBe('chu_tich_nuoc');
  });

  it('lets the province propose its own staff: the root proposes, appraises and decides, endorsed by no one', () => {
    expect(steps(route('bang-khen-chu-tich-ubnd-tinh', 'TQ')).map((s) => s.split('@')[0])).toEqual([
      'propose',
      'appraise',
      'council',
      'decide',
    ]);
  });

  it("takes an entry's own limits over the catalogue's, and never ends a posting step before the posting does", () => {
    const r = route('bang-khen-chu-tich-ubnd-tinh', 'TQ-YS', { stepLimits: { appraise: 7, decide: 3 }, postingWorkingDays: 15 });
    expect(steps(r)).toEqual([
      'propose@TQ-YS:leader(5)',
      'appraise@TQ:board_appraiser(7)',
      'post@TQ:board_appraiser(15)',
      'council@TQ:council_secretary(5)',
      'decide@TQ:leader(3)',
    ]);
  });

  it('refuses when no unit on the path may decide the form', () => {
    const result = computeAwardRoute(entry('giay-khen'), limits, pathOf('TQ-MTTQ'));
    expect(result).toEqual({
      kind: 'invalid',
      message:
        'Không có đơn vị nào từ Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang trở lên có thẩm quyền quyết định "Giấy khen" (thẩm quyền: Chủ tịch Ủy ban nhân dân cấp xã, cấp huyện hoặc Giám đốc Sở).',
      en: 'No unit from Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang upwards has the authority to decide "Giấy khen" (authority: Chủ tịch Ủy ban nhân dân cấp xã, cấp huyện hoặc Giám đốc Sở).',
    });
    expect(isRouteRefusal(result)).toBe(true);
  });

  it('refuses a path that is not a chain of parents: a caller mistake', () => {
    expect(() => computeAwardRoute(entry('giay-khen'), limits, [])).toThrow();
    expect(() => computeAwardRoute(entry('giay-khen'), limits, [pathOf('TQ-YS-THANGQUAN')[0], pathOf('TQ')[0]])).toThrow(/not the parent/);
  });
});
