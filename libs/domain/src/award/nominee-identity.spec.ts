import { identityProblems } from './nominee-identity';

describe('identityProblems', () => {
  it('accepts the identifiers nomineeKey is built from', () => {
    expect(identityProblems({ kind: 'individual', fullName: 'Nguyễn Văn An', personalId: '008091000123', position: 'Chủ tịch' })).toEqual(
      [],
    );
    expect(identityProblems({ kind: 'enterprise', name: 'Công ty A', taxCode: '5000123456', address: 'Tuyên Quang' })).toEqual([]);
    expect(identityProblems({ kind: 'enterprise', name: 'Chi nhánh A', taxCode: '5000123456-001', address: 'Yên Sơn' })).toEqual([]);
    expect(identityProblems({ kind: 'household', headFullName: 'Đặng Văn Bảo', address: 'Thôn Làng Chẻ' })).toEqual([]);
    expect(identityProblems({ kind: 'collective', name: 'UBND xã Thắng Quân', unitCode: 'TQ-YS-THANGQUAN' })).toEqual([]);
  });

  it('refuses a personal number that is not exactly 12 digits, spaces included', () => {
    for (const personalId of ['0080910001234', '0080 9100 0123', '00809100012A', '']) {
      expect(identityProblems({ kind: 'individual', fullName: 'A', personalId, position: '' }).map((p) => p.field)).toEqual([
        'nominee.personalId',
      ]);
    }
  });

  it('refuses a tax code that is neither 10 digits nor 10-3 with a dash', () => {
    for (const taxCode of ['500012345', '5000123456001', '5000123456-01', '5000123456 001']) {
      expect(identityProblems({ kind: 'enterprise', name: 'A', taxCode, address: 'B' }).map((p) => p.field)).toEqual(['nominee.taxCode']);
    }
  });

  it('requires names and addresses', () => {
    expect(identityProblems({ kind: 'household', headFullName: ' ', address: '' }).map((p) => p.message)).toEqual([
      'chưa ghi họ và tên chủ hộ',
      'chưa ghi địa chỉ của hộ',
    ]);
  });

  it('refuses a kind of nominee that does not exist', () => {
    expect(identityProblems({ kind: 'hop_tac_xa' } as never)).toEqual([
      { field: 'nominee.kind', message: expect.stringContaining('cá nhân, tập thể, hộ gia đình, doanh nghiệp') },
    ]);
  });
});
