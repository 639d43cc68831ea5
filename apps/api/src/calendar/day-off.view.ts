import { ApiProperty } from '@nestjs/swagger';

/** A weekday no plan counts as a working day: a statutory holiday or one the government announced. */
export class DayOffView {
  @ApiProperty({ example: '2026-04-30' }) date!: string;
  @ApiProperty({ example: 'Ngày Giải phóng miền Nam, thống nhất đất nước' }) name!: string;
  @ApiProperty({ example: 'Reunification Day' }) nameEn!: string;
}
