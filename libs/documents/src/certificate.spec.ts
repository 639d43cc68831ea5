import { renderAwardCertificatePdf } from './certificate';
import { extractPdf, ExtractedPdf } from './testing/extract-pdf';
import { SIGNATURE, sampleCertificate } from './testing/fixtures';

describe('renderAwardCertificatePdf', () => {
  let extracted: ExtractedPdf;

  beforeAll(async () => {
    extracted = extractPdf(await renderAwardCertificatePdf(sampleCertificate()));
  }, 60_000);

  it('is one A4 landscape page', () => {
    expect(extracted.pages).toHaveLength(1);
    const [page] = extracted.pages;
    expect(page.width).toBeGreaterThan(page.height);
    expect(page.width).toBeCloseTo(841.89, 1);
    expect(page.height).toBeCloseTo(595.28, 1);
  });

  it('prints the heading, the award and the awardee with their diacritics', () => {
    for (const text of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
      'TẶNG',
      'BẰNG KHEN',
      'Ông Nguyễn Văn An',
      'Trưởng phòng Tổ chức cán bộ, Sở Nội vụ tỉnh Tuyên Quang',
      'Đã có thành tích xuất sắc trong phong trào thi đua “Tuyên Quang chung sức xây dựng nông thôn mới” năm 2026',
    ]) {
      expect(extracted.text).toContain(text);
    }
  });

  it('prints the decision, the golden book number, the date and the signature', () => {
    for (const text of [
      'Quyết định số 12/QĐ-UBND ngày 29/11/2026',
      'Số sổ vàng: 1.245',
      'Tuyên Quang, ngày 29 tháng 11 năm 2026',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      SIGNATURE.signerName,
    ]) {
      expect(extracted.text).toContain(text);
    }
  });

  it('prints a Giấy khen for a household, without a golden book number, and fits a long achievement on the page', async () => {
    const certificate = {
      ...sampleCertificate(),
      authority: 'Chủ tịch Ủy ban nhân dân huyện Yên Sơn',
      formName: 'Giấy khen',
      awardeeName: 'Hộ ông Ma Văn Sinh',
      awardeeDetail: 'Thôn Đồng Khôn, xã Trung Yên, huyện Sơn Dương, tỉnh Tuyên Quang',
      achievement: `Đã có thành tích xuất sắc ${'trong phong trào thi đua chung sức xây dựng nông thôn mới, '.repeat(6)}năm 2026`,
      goldenBookNumber: undefined,
    };
    const household = extractPdf(await renderAwardCertificatePdf(certificate));
    expect(household.pages).toHaveLength(1);
    expect(household.text).toContain('GIẤY KHEN');
    expect(household.text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN YÊN SƠN');
    expect(household.text).toContain('Hộ ông Ma Văn Sinh');
    expect(household.text).toContain('năm 2026');
    expect(household.text).not.toContain('Số sổ vàng');
  }, 30_000);
});
