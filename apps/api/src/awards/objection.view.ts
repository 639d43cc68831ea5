import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ObjectionView {
  @ApiProperty() id!: string;
  @ApiProperty() index!: number;
  @ApiProperty() text!: string;
  @ApiProperty() filedByName!: string;
  @ApiProperty() filedAt!: string;
  @ApiPropertyOptional() answer?: string;
  @ApiPropertyOptional() upheld?: boolean;
  @ApiPropertyOptional() answeredByName?: string;
  @ApiPropertyOptional() answeredAt?: string;
}
