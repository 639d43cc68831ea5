import { placeRefusal } from './refusal-placement';

describe('placeRefusal', () => {
  it('puts each field’s message next to the form’s field, by the first step of its path', () => {
    const refusal = { status: 400, message: 'Có 2 lỗi', fields: [{ path: 'kpiValues.hai-long-tthc', message: 'Phải là số' }] };
    expect(placeRefusal(refusal, ['summary', 'kpiValues'])).toEqual({ form: null, fields: [{ name: 'kpiValues', message: 'Phải là số' }] });
  });

  it('keeps the sentence above the form when some field at fault is not on the form', () => {
    const refusal = {
      status: 400,
      message: 'Có 2 lỗi',
      fields: [
        { path: 'summary', message: 'Thiếu nội dung' },
        { path: 'requestId', message: 'Sai mã' },
      ],
    };
    expect(placeRefusal(refusal, ['summary'])).toEqual({ form: 'Có 2 lỗi', fields: [{ name: 'summary', message: 'Thiếu nội dung' }] });
  });

  it('gives a 400 that names no field to the one field the official typed in', () => {
    const refusal = { status: 400, message: 'Trả lại phải kèm ý kiến nêu rõ cần sửa gì.', fields: [] };
    expect(placeRefusal(refusal, ['comment'], 'comment')).toEqual({
      form: null,
      fields: [{ name: 'comment', message: 'Trả lại phải kèm ý kiến nêu rõ cần sửa gì.' }],
    });
  });

  it('shows a refusal of who or when (403, 409) above the form', () => {
    const refusal = { status: 409, message: 'Báo cáo đã được duyệt.', fields: [] };
    expect(placeRefusal(refusal, ['comment'], 'comment')).toEqual({ form: 'Báo cáo đã được duyệt.', fields: [] });
  });
});
