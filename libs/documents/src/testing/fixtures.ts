// Sample documents for the specs: a provincial decision with 30 awardees of every kind, and one certificate.
import { AwardCertificateDocument, AwardDecisionDocument, DecisionAwardee, SignatureBlock } from '../types';

export const SIGNATURE: SignatureBlock = {
  capacityLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  signerName: 'Hoàng Việt Phương',
};

const people: [string, string][] = [
  ['Ông Nguyễn Văn An', 'Trưởng phòng Tổ chức cán bộ, Sở Nội vụ'],
  ['Bà Lê Thị Hoa', 'Phó Giám đốc Sở Giáo dục và Đào tạo'],
  ['Ông Triệu Đức Thắng', 'Chủ tịch Ủy ban nhân dân xã Tân Trào, huyện Sơn Dương'],
  ['Bà Ma Thị Hường', 'Giáo viên Trường Phổ thông Dân tộc nội trú ATK Sơn Dương'],
  ['Ông Hà Quang Ưng', 'Bác sĩ Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh'],
  ['Bà Phạm Thị Ngọc Ánh', 'Kế toán trưởng, Sở Tài chính'],
  ['Ông Lò Văn Đoàn', 'Trưởng thôn Khuôn Khoai, xã Thượng Lâm, huyện Lâm Bình'],
  ['Bà Đặng Thị Ơn', 'Hội viên Hội Nông dân xã Hùng Lợi, huyện Yên Sơn'],
  ['Ông Vương Đình Quý', 'Đội trưởng Đội Cảnh sát giao thông, Công an tỉnh'],
  ['Bà Quan Thị Thủy', 'Chuyên viên Phòng Thi đua, khen thưởng, Sở Nội vụ'],
  ['Ông Nông Văn Ước', 'Phó Chủ tịch Hội Cựu chiến binh huyện Chiêm Hóa'],
  ['Bà Hoàng Thị Yến', 'Điều dưỡng trưởng, Trung tâm Y tế huyện Hàm Yên'],
  ['Ông Trần Quốc Dũng', 'Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh'],
  ['Bà Chu Thị Lữ', 'Nghệ nhân hát Then, xã Minh Quang, huyện Lâm Bình'],
  ['Ông Âu Văn Định', 'Bí thư Đoàn xã Kim Bình, huyện Chiêm Hóa'],
  ['Bà Bế Thị Nguyệt', 'Hiệu trưởng Trường Mầm non Hoa Sen, thành phố Tuyên Quang'],
  ['Ông Mông Văn Tuấn', 'Kiểm lâm địa bàn, Hạt Kiểm lâm huyện Na Hang'],
  ['Bà Tạ Thị Ngữ', 'Phóng viên Báo Tuyên Quang'],
  ['Ông Sầm Văn Thượng', 'Công nhân Nhà máy Thủy điện Tuyên Quang'],
  ['Bà Lưu Thị Diệp', 'Chủ nhiệm Hợp tác xã Chè Mỹ Bằng, huyện Yên Sơn'],
];
const households: [string, string][] = [
  ['Hộ ông Ma Văn Sinh', 'Thôn Đồng Khôn, xã Trung Yên, huyện Sơn Dương'],
  ['Hộ bà Hà Thị Lượng', 'Bản Phiêng Bung, xã Thượng Giáp, huyện Na Hang'],
  ['Hộ ông Giàng A Chứ', 'Thôn Khuổi Củng, xã Phúc Yên, huyện Lâm Bình'],
];
const enterprises: [string, string][] = [
  ['Công ty TNHH Chè Tân Trào', 'Số 18, đường Bình Thuận, phường Tân Quang, thành phố Tuyên Quang'],
  ['Công ty Cổ phần Khoáng sản Vĩnh Hưng', 'Khu công nghiệp Long Bình An, xã Đội Cấn'],
];
const collectives: [string, string][] = [
  ['Phòng Văn hóa và Thông tin huyện Yên Sơn', 'Ủy ban nhân dân huyện Yên Sơn'],
  ['Trường Trung học phổ thông Chuyên Tuyên Quang', 'Sở Giáo dục và Đào tạo'],
  ['Ủy ban nhân dân xã Hồng Thái', 'Huyện Na Hang'],
  ['Đồn Biên phòng Hữu nghị', 'Bộ đội Biên phòng tỉnh'],
];

/** The last awardee: on the second page or later when the list runs to 30. */
export const LAST_AWARDEE = 'Bà Nông Thị Xuân Quỳnh';

export function sampleAwardees(count: number): DecisionAwardee[] {
  const pool = [...people, ...households, ...enterprises, ...collectives].map(([name, detail]) => ({ name, detail, award: 'Bằng khen' }));
  const list = Array.from({ length: count - 1 }, (_, i) => pool[i % pool.length]);
  list.push({ name: LAST_AWARDEE, detail: 'Phó Trưởng phòng Quản lý công sở, Sở Xây dựng', award: 'Bằng khen' });
  return list;
}

export function sampleDecision(awardeeCount = 30): AwardDecisionDocument {
  return {
    issuingBody: 'Ủy ban nhân dân tỉnh Tuyên Quang',
    number: 12,
    symbol: 'QĐ-UBND',
    place: 'Tuyên Quang',
    date: '2026-11-29',
    subject: 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    authority: 'Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang',
    legalBases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
    ],
    proposal: 'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 20 tháng 11 năm 2026.',
    awardText: `Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho ${awardeeCount} cá nhân, hộ gia đình, doanh nghiệp và tập thể có tên sau đây, đã có thành tích xuất sắc trong phong trào thi đua “Tuyên Quang chung sức xây dựng nông thôn mới” năm 2026:`,
    awardees: sampleAwardees(awardeeCount),
    cashRewards: [
      { recipient: 'Mỗi cá nhân, hộ gia đình', multiple: 0.3, baseSalary: 2_340_000 },
      { recipient: 'Mỗi tập thể, doanh nghiệp', multiple: 0.6, baseSalary: 2_340_000 },
    ],
    fundingSource: 'Kinh phí khen thưởng chi từ Quỹ thi đua, khen thưởng của tỉnh.',
    execution:
      'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính, Thủ trưởng các cơ quan, đơn vị có liên quan và các cá nhân, hộ gia đình, doanh nghiệp, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    recipients: ['Như Điều 3;', 'Chủ tịch, các Phó Chủ tịch UBND tỉnh;', 'Ban Thi đua - Khen thưởng (Sở Nội vụ);', 'Lưu: VT, TĐKT.'],
    signature: SIGNATURE,
  };
}

export function sampleCertificate(): AwardCertificateDocument {
  return {
    authority: 'Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang',
    formName: 'Bằng khen',
    awardeeName: 'Ông Nguyễn Văn An',
    awardeeDetail: 'Trưởng phòng Tổ chức cán bộ, Sở Nội vụ tỉnh Tuyên Quang',
    achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua “Tuyên Quang chung sức xây dựng nông thôn mới” năm 2026',
    decision: { number: 12, symbol: 'QĐ-UBND', date: '2026-11-29' },
    goldenBookNumber: '1.245',
    place: 'Tuyên Quang',
    date: '2026-11-29',
    signature: SIGNATURE,
  };
}
