import { IntersectionType } from '@nestjs/swagger';
import { PaginationQuery } from '../common/pagination.dto';
import { TimelineFilterQuery } from './timeline-filter.query';

/** The timeline's filters, one page at a time (`limit`, `offset`). */
export class TimelinePageQuery extends IntersectionType(PaginationQuery, TimelineFilterQuery) {}
