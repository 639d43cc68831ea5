import { ApiProperty } from '@nestjs/swagger';
import { AwardRecordView } from './award-record.view';

export class AwardRecordPageView {
  @ApiProperty({ type: [AwardRecordView] }) items!: AwardRecordView[];
  @ApiProperty() total!: number;
}
