import { useUnit } from '../../api/campaign-queries';
import { useMe } from '../../api/queries';
import { mayReadUnit } from './unit-scope';

/** A unit's name where the official may read it, its code otherwise (and while the name loads). */
export function UnitName({ code, path }: { code: string; path?: string }) {
  const me = useMe();
  const readable = !!me.data && mayReadUnit(me.data, code, path);
  const unit = useUnit(code, readable);
  return <>{unit.data?.name ?? code}</>;
}
