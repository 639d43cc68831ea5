import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NationalCalendarStore } from '@tdkt/persistence';
import { CalendarController } from './calendar.controller';
import { NationalCalendarService } from './national-calendar.service';

@Module({
  controllers: [CalendarController],
  providers: [
    NationalCalendarService,
    { provide: NationalCalendarStore, inject: [DataSource], useFactory: (ds: DataSource) => new NationalCalendarStore(ds) },
  ],
  exports: [NationalCalendarService],
})
export class CalendarModule {}
