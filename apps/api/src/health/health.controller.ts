import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { isTemporalReachable } from '@tdkt/temporal';
import { Public } from '../auth/public.decorator';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up (no dependency checks).' })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ready to serve: the database and Temporal both answer. 503 otherwise.' })
  async ready() {
    const [database, temporal] = await Promise.all([this.databaseUp(), isTemporalReachable(this.temporal)]);
    const body = {
      status: database && temporal ? 'ok' : 'unavailable',
      checks: { database: database ? 'up' : 'down', temporal: temporal ? 'up' : 'down' },
    };
    if (body.status !== 'ok') throw new ServiceUnavailableException(body);
    return body;
  }

  private async databaseUp(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
