import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

/** Every action carries a client-chosen id (a UUID per click): a retried request is applied once. */
export class RequestIdDto {
  @ApiProperty({
    example: '3f0c6a52-8f43-4d0b-9a57-0d2b1c9e7f11',
    description: 'Chosen by the client per action; resending it returns the first result',
  })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, { message: 'requestId phải gồm 8–100 ký tự chữ, số, "-" hoặc "_" (nên dùng UUID).' })
  requestId!: string;
}
