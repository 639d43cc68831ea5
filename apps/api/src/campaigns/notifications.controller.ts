import { Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { NotificationStore } from '@tdkt/persistence';
import { CurrentOfficial, CurrentOfficialInfo } from '../auth/current-official';
import { PaginationQuery } from '../common/pagination.dto';
import { UuidParam } from '../common/path-params';
import type { Bilingual } from '../common/problem/said';

class NotificationQuery extends PaginationQuery {
  @ApiPropertyOptional() @IsOptional() @Transform(({ value }) => value === 'true' || value === true) @IsBoolean() unreadOnly?: boolean;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly store: NotificationStore) {}

  @Get()
  @ApiOperation({ summary: 'My reminders, overdue notices, escalations and new tasks, newest first' })
  list(@CurrentOfficial() me: CurrentOfficialInfo, @Query() query: NotificationQuery) {
    return this.store.listFor(me.actor.officialId, { unreadOnly: !!query.unreadOnly, limit: query.limit, offset: query.offset });
  }

  @Post(':id/read')
  @HttpCode(204)
  async markRead(@CurrentOfficial() me: CurrentOfficialInfo, @Param('id', UuidParam) id: string) {
    if (!(await this.store.markRead(me.actor.officialId, id)))
      throw new NotFoundException({
        message: 'Không có thông báo này trong hộp thư của bạn.',
        en: 'There is no such notification in your inbox.',
      } satisfies Bilingual);
  }
}
