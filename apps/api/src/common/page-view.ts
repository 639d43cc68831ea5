import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { PageOf } from './page-of';

/** The OpenAPI schema of one page of `Item`s (`UnitOfficialView` → `UnitOfficialPageView`), in the API's one list shape. */
export function PageViewOf<T>(Item: Type<T>): Type<PageOf<T>> {
  class PageView implements PageOf<T> {
    @ApiProperty({ type: [Item] }) items!: T[];
    @ApiProperty({ description: 'How many there are in all' }) total!: number;
    @ApiProperty() limit!: number;
    @ApiProperty() offset!: number;
  }
  Object.defineProperty(PageView, 'name', { value: `${Item.name.replace(/(View|Dto)$/, '')}PageView` });
  return PageView;
}
