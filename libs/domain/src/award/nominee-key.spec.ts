import { nomineeKey } from './nominee-key';

describe('nomineeKey', () => {
  it('keys a person by the personal identification number, as copied', () => {
    expect(nomineeKey({ kind: 'individual', fullName: 'Nguyễn Văn A', personalId: '0012 3456 7890', position: 'Chủ tịch' })).toBe(
      'cccd:001234567890',
    );
  });

  it('keys an enterprise by its tax code, a branch by the code with its suffix', () => {
    expect(nomineeKey({ kind: 'enterprise', name: 'Công ty A', taxCode: '5000123456', address: 'Tuyên Quang' })).toBe('mst:5000123456');
    expect(nomineeKey({ kind: 'enterprise', name: 'Chi nhánh A', taxCode: '5000123456-001', address: 'Yên Sơn' })).toBe(
      'mst:5000123456-001',
    );
  });

  it('keys a unit by its code, and a team within it by the code and its name however it was typed', () => {
    expect(nomineeKey({ kind: 'collective', name: 'UBND xã Thắng Quân', unitCode: 'TQ-YS-THANGQUAN' })).toBe('unit:TQ-YS-THANGQUAN');
    const team = nomineeKey({ kind: 'collective', name: 'Thôn  Làng Chẻ', unitCode: 'TQ-YS-THANGQUAN', team: true });
    expect(team).toBe('unit:TQ-YS-THANGQUAN/thon lang che');
    expect(nomineeKey({ kind: 'collective', name: 'THÔN LÀNG CHẺ'.normalize('NFD'), unitCode: 'TQ-YS-THANGQUAN', team: true })).toBe(team);
  });

  it('keys a household by its head and address, without diacritics, case or punctuation', () => {
    const key = nomineeKey({ kind: 'household', headFullName: 'Đặng Thị Hoà', address: 'Thôn Làng Chẻ, xã Thắng Quân' });
    expect(key).toBe('ho:dang thi hoa@thon lang che xa thang quan');
    expect(nomineeKey({ kind: 'household', headFullName: ' đặng thị hoà ', address: 'thôn Làng Chẻ - xã Thắng Quân.' })).toBe(key);
  });
});
