import type { Translate } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { pendingLevelOffset } from './fill-template';

// Levels are data (a tree may have any), but most trees use the administrative ones: those get their names, any
// other shows its code.
const NAMED_LEVELS = ['trung_uong', 'tinh', 'huyen', 'xa'];

export function levelLabel(code: string, t: Translate): string {
  if (code === 'default') return t('newCampaign.level.default');
  const below = pendingLevelOffset(code);
  if (below !== undefined) return t('newCampaign.level.below', { n: below });
  return NAMED_LEVELS.includes(code) ? t(`newCampaign.level.${code}` as MessageKey) : code;
}

/**
 * The levels the form offers: the tree's, top first, then those the plan names that the tree read so far does not
 * have (a level left for the API to fill, by offset; any other as written).
 */
export function levelsOfPlan(treeLevels: readonly string[], named: readonly string[]): string[] {
  const extra = [...new Set(named)].filter((level) => level !== 'default' && !treeLevels.includes(level));
  const offset = (level: string) => pendingLevelOffset(level) ?? Number.MAX_SAFE_INTEGER;
  return [...treeLevels, ...extra.sort((a, b) => offset(a) - offset(b) || a.localeCompare(b))];
}
