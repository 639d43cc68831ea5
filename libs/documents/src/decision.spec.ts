import { renderAwardDecisionPdf } from './decision';
import { extractPdf, ExtractedPdf, squash } from './testing/extract-pdf';
import { LAST_AWARDEE, SIGNATURE, sampleDecision } from './testing/fixtures';

describe('renderAwardDecisionPdf', () => {
  let pdf: Buffer;
  let extracted: ExtractedPdf;

  beforeAll(async () => {
    pdf = await renderAwardDecisionPdf(sampleDecision(30));
    extracted = extractPdf(pdf);
  }, 60_000);

  it('writes a PDF of A4 portrait pages', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    for (const page of extracted.pages) {
      expect(page.width).toBeCloseTo(595.28, 1);
      expect(page.height).toBeCloseTo(841.89, 1);
    }
  });

  it('flows 30 awardees over more than one page', () => {
    expect(extracted.pages.length).toBeGreaterThan(1);
    const pageOfLast = extracted.pages.find((p) => squash(p.text).includes(LAST_AWARDEE));
    expect(pageOfLast?.number).toBeGreaterThan(1);
  });

  it('prints the heading, the title and the bases with their diacritics', () => {
    const first = squash(extracted.pages[0].text);
    for (const text of [
      'ỦY BAN NHÂN DÂN',
      'TỈNH TUYÊN QUANG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 12/QĐ-UBND',
      'Tuyên Quang, ngày 29 tháng 11 năm 2026',
      'QUYẾT ĐỊNH',
      'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 20 tháng 11 năm 2026.',
      'QUYẾT ĐỊNH:',
      'Điều 1.',
      'Ông Nguyễn Văn An',
    ]) {
      expect(first).toContain(text);
    }
  });

  it('lists households, enterprises and collectives with the rest', () => {
    for (const name of [
      'Hộ ông Ma Văn Sinh',
      'Công ty TNHH Chè Tân Trào',
      'Đồn Biên phòng Hữu nghị',
      'Bà Đặng Thị Ơn',
      'Ông Hà Quang Ưng',
    ]) {
      expect(extracted.text).toContain(name);
    }
  });

  it('prints the cash rewards, the execution article and the closing', () => {
    for (const text of [
      'Điều 2.',
      'tương đương 702.000 đồng',
      'tương đương 1.404.000 đồng',
      'Điều 3.',
      'chịu trách nhiệm thi hành Quyết định này./.',
      'Nơi nhận:',
      '- Như Điều 3;',
      '- Lưu: VT, TĐKT.',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      SIGNATURE.signerName,
    ]) {
      expect(extracted.text).toContain(text);
    }
  });

  it('numbers the pages from the second on', () => {
    expect(squash(extracted.pages[0].text).startsWith('ỦY BAN NHÂN DÂN')).toBe(true);
    for (const page of extracted.pages.slice(1)) expect(squash(page.text).startsWith(`${page.number} `)).toBe(true);
  });

  it('names the decision in the PDF metadata', () => {
    expect(extracted.title).toContain('Quyết định số 12/QĐ-UBND');
  });

  it('leaves a draft’s number blank and prints the parent body above the issuer', async () => {
    const draft = extractPdf(
      await renderAwardDecisionPdf({
        ...sampleDecision(3),
        number: undefined,
        parentBody: 'UBND tỉnh Tuyên Quang',
        issuingBody: 'Sở Nội vụ',
        cashRewards: [],
        fundingSource: undefined,
      }),
    );
    expect(draft.text).toMatch(/Số: \/QĐ-UBND/);
    expect(draft.text).toContain('UBND TỈNH TUYÊN QUANG');
    expect(draft.text).toContain('SỞ NỘI VỤ');
    // Without cash rewards the execution article is Điều 2.
    expect(draft.text).toMatch(/Điều 2\. Chánh Văn phòng/);
    expect(draft.text).not.toContain('Điều 3.');
    // The closing does not stand alone on its page: the end of the last article goes with it.
    const closingPage = draft.pages.find((p) => p.text.includes('Nơi nhận:'));
    expect(closingPage?.text).toContain('Quyết định này./.');
  }, 30_000);
});
