import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

/** The day the appointment or the move takes effect, as its decision says: today when omitted, never in the future. */
export const EffectiveOnField = () =>
  applyDecorators(
    ApiPropertyOptional({ example: '2026-07-01', description: 'YYYY-MM-DD, Asia/Ho_Chi_Minh; today when omitted; not after today' }),
    IsOptional(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày hiệu lực (effectiveOn) phải có dạng YYYY-MM-DD, ví dụ 2026-07-01.' }),
  );
