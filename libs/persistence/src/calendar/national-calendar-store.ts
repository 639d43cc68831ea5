import type { DataSource } from 'typeorm';
import type { YearOverride, YearOverrides } from '@tdkt/domain';
import { CalendarYearEntity } from '../entities/calendar-year.entity';

/** The years of the national calendar an administrator entered; each replaces the shipped year whole. */
export class NationalCalendarStore {
  constructor(private readonly dataSource: DataSource) {}

  async enteredYears(): Promise<YearOverrides> {
    const rows = await this.dataSource.getRepository(CalendarYearEntity).find({ order: { year: 'ASC' } });
    return Object.fromEntries(rows.map((row) => [row.year, row.announcement]));
  }

  find(year: number): Promise<CalendarYearEntity | null> {
    return this.dataSource.getRepository(CalendarYearEntity).findOneBy({ year });
  }

  async put(year: number, announcement: YearOverride, source: string, updatedBy: string): Promise<CalendarYearEntity> {
    const row = { year, announcement, source, updatedBy, updatedAt: new Date() };
    await this.dataSource.getRepository(CalendarYearEntity).save(row);
    return row;
  }
}
