import { refusalOf } from './refusal';

describe('refusalOf', () => {
  it('reads a problem’s detail', () => {
    const body = { type: '/problems/conflict', title: 'Không còn thực hiện được', status: 409, detail: 'Báo cáo đã được duyệt.' };
    expect(refusalOf(409, body, 'x')).toEqual({ status: 409, message: 'Báo cáo đã được duyệt.', fields: [] });
  });

  it('keeps the fields at fault by their path, and drops entries about the request as a whole', () => {
    const body = {
      type: '/problems/validation',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      detail: 'Kế hoạch có 2 lỗi',
      errors: [
        { path: 'phases[2].due.dueByLevel.xa', message: 'Thiếu hạn' },
        { path: '', message: 'không rõ chỗ' },
        { message: 'không có đường dẫn' },
      ],
    };
    expect(refusalOf(400, body, 'x')).toEqual({
      status: 400,
      message: 'Kế hoạch có 2 lỗi',
      fields: [{ path: 'phases[2].due.dueByLevel.xa', message: 'Thiếu hạn' }],
    });
  });

  it('falls back when the body is not a problem', () => {
    expect(refusalOf(502, '<html>Bad gateway</html>', 'Không kết nối được máy chủ.').message).toBe('Không kết nối được máy chủ.');
    expect(refusalOf(500, { message: 'legacy' }, 'Lỗi hệ thống.').message).toBe('Lỗi hệ thống.');
  });
});
