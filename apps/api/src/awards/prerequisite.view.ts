import { ApiProperty } from '@nestjs/swagger';

/** What a nominee must already hold, checked against the award history when the list is sent. */
export class PrerequisiteView {
  @ApiProperty({ enum: ['held_consecutively', 'initiative_recognised'] }) kind!: 'held_consecutively' | 'initiative_recognised';
  @ApiProperty({ example: 'Đạt danh hiệu Chiến sĩ thi đua cơ sở liên tục 3 năm liền trước năm đề nghị' }) text!: string;
  @ApiProperty({ type: String, nullable: true, example: 'chien-si-thi-dua-co-so', description: 'For held_consecutively: the award held' })
  awardKey!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 3, description: 'For held_consecutively: the years before the list’s year' })
  years!: number | null;
}
