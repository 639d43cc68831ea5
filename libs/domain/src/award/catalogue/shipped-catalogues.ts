import type { AwardCatalogue } from '../award-catalogue.types';
import { LUAT_2022_CATALOGUE } from './luat-2022.catalogue';

/** Every catalogue version shipped, oldest first: the one in force on a date is chosen by catalogueInForce. */
export const SHIPPED_AWARD_CATALOGUES: readonly AwardCatalogue[] = [LUAT_2022_CATALOGUE];
