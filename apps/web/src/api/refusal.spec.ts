import { refusalOf } from './refusal';

describe('refusalOf', () => {
  it('reads a domain refusal’s sentence', () => {
    expect(refusalOf(409, { statusCode: 409, message: 'Báo cáo đã được duyệt.' }, 'x')).toEqual({
      status: 409,
      message: 'Báo cáo đã được duyệt.',
      fields: [],
    });
  });

  it('joins class-validator’s sentences', () => {
    expect(refusalOf(400, { message: ['comment phải có nội dung', 'action không hợp lệ'] }, 'x').message).toBe(
      'comment phải có nội dung action không hợp lệ',
    );
  });

  it('keeps the fields at fault, and drops entries without a path', () => {
    const body = { message: 'Kế hoạch có 2 lỗi', errors: [{ path: 'title', message: 'Thiếu tên' }, { message: 'không rõ chỗ' }] };
    expect(refusalOf(400, body, 'x').fields).toEqual([{ path: 'title', message: 'Thiếu tên' }]);
  });

  it('falls back when the body is not the API’s', () => {
    expect(refusalOf(502, '<html>Bad gateway</html>', 'Không kết nối được máy chủ.').message).toBe('Không kết nối được máy chủ.');
  });
});
