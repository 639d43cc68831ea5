import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';

/** Marks a route or controller as reachable without a token; everything else requires one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
