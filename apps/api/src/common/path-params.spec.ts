import { BadRequestException } from '@nestjs/common';
import { IndexParam, ObligationKeyParam, pathParams, UnitCodeParam, UuidParam } from './path-params';

const param = (data: string) => ({ type: 'param' as const, data });
const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof BadRequestException) return String((error.getResponse() as { message: string }).message);
    throw error;
  }
  throw new Error('not refused');
};

describe('path parameter pipes', () => {
  it('passes well-formed values through unchanged', () => {
    expect(UuidParam.transform('3F2B8C1E-5D4A-4E6B-9C7D-1A2B3C4D5E6F', param('id'))).toBe('3F2B8C1E-5D4A-4E6B-9C7D-1A2B3C4D5E6F');
    expect(UnitCodeParam.transform('TQ-YS-THANGQUAN', param('unitCode'))).toBe('TQ-YS-THANGQUAN');
    for (const key of ['phat-dong', 'so-ket#3', 'gương', 'request'])
      expect(ObligationKeyParam.transform(key, param('obligationKey'))).toBe(key);
    expect(IndexParam.transform('0', param('index'))).toBe(0);
    // As the global ValidationPipe hands a `number` parameter on: already converted.
    expect(IndexParam.transform(2, param('index'))).toBe(2);
  });

  it('refuses a malformed value with a Vietnamese 400 naming the parameter and what it should look like', () => {
    expect(refusal(() => UuidParam.transform("1' OR '1'='1", param('id')))).toMatch(/^Đường dẫn có tham số "id" không hợp lệ .*UUID/);
    expect(refusal(() => UnitCodeParam.transform('TQ YS', param('code')))).toContain('tham số "code"');
    expect(refusal(() => ObligationKeyParam.transform('phat\u0000dong', param('obligationKey')))).toContain('mã nghĩa vụ');
    expect(refusal(() => IndexParam.transform('-1', param('index')))).toContain('từ 0 trở lên');
    expect(refusal(() => UuidParam.transform('x'.repeat(500), param('id')))).toContain(`"${'x'.repeat(40)}…"`);
  });

  it('checks each parameter of a whole-target @Param() and hands on only those', () => {
    const pipe = pathParams({ campaignId: UuidParam, unitCode: UnitCodeParam });
    const target = { campaignId: '3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f', unitCode: 'TQ', extra: 'x' };
    expect(pipe.transform(target, { type: 'param' })).toEqual({ campaignId: target.campaignId, unitCode: 'TQ' });
    expect(refusal(() => pipe.transform({ ...target, campaignId: 'abc' }, { type: 'param' }))).toContain('tham số "campaignId"');
  });
});
