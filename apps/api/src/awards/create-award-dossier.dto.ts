import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { NominationDto } from './nomination.dto';
import { NominationMinutesDto } from './nomination-minutes.dto';

/** A unit's list (tờ trình) for one award form: appraised and decided as a batch, each name keeping its own outcome. */
export class CreateAwardDossierDto {
  @ApiPropertyOptional({
    description:
      'A UUID chosen by the client per list: it becomes the dossier’s id, so sending the same list again returns the first dossier',
  })
  @IsOptional()
  @IsUUID(undefined, { message: 'requestId phải là một UUID.' })
  requestId?: string;

  @ApiProperty({
    example: 'bang-khen-chu-tich-ubnd-tinh',
    description: 'An award form of the catalogue (GET /award-forms) the plan offers',
  })
  @IsString()
  @IsNotEmpty()
  awardKey!: string;

  @ApiPropertyOptional({ description: 'The year the achievements belong to; the campaign’s year by default' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiProperty({ type: [NominationDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => NominationDto)
  nominations!: NominationDto[];

  @ApiProperty({ type: NominationMinutesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => NominationMinutesDto)
  minutes!: NominationMinutesDto;
}
