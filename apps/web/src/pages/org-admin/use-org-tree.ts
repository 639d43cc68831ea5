import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { orgUnitQuery, useDissolvedUnits, useOrgUnits, type OrgUnit, type OrgUnitWithChildren } from '../../api/org-admin-queries';

/**
 * The administrator's unit tree as far as it has been opened, shared by the tree and the unit pickers: opening a
 * branch in one offers its units in the other. Dissolved units hang, greyed, under their old parent.
 */
export function useOrgTree(rootCode: string | undefined) {
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState<string[]>([]);
  const codes = useMemo(() => (rootCode ? [rootCode, ...opened.filter((code) => code !== rootCode)] : []), [rootCode, opened]);
  const { units, results } = useOrgUnits(codes);
  const dissolved = useDissolvedUnits(!!rootCode);
  // A successor that is no child of any opened unit (another district's commune) is read for its name.
  const successorCodes = useMemo(
    () => [...new Set(dissolved.flatMap((unit) => (unit.successorCode ? [unit.successorCode] : [])))],
    [dissolved],
  );
  const successors = useOrgUnits(successorCodes).units;

  /** Reads a unit's children (antd's loadData waits for it), then keeps it among the opened ones. */
  const expand = useCallback(
    async (code: string) => {
      await queryClient.fetchQuery(orgUnitQuery(code));
      setOpened((list) => (list.includes(code) ? list : [...list, code]));
    },
    [queryClient],
  );

  const known = useMemo(() => {
    const byCode = new Map<string, OrgUnit>();
    const add = (unit: OrgUnit) => byCode.set(unit.code, unit);
    for (const unit of [...units.values(), ...successors.values()]) {
      add(unit);
      (unit as OrgUnitWithChildren).children?.forEach(add);
    }
    dissolved.forEach(add);
    return byCode;
  }, [units, successors, dissolved]);

  const childrenOf = useCallback(
    (code: string): OrgUnit[] | undefined => {
      const unit = units.get(code);
      if (!unit) return undefined;
      const gone = dissolved.filter((d) => d.parentCode === code && !unit.children.some((c) => c.code === d.code));
      return [...unit.children, ...gone];
    },
    [units, dissolved],
  );

  const root = rootCode ? units.get(rootCode) : undefined;
  const rootResult = results[0];
  return {
    root,
    known,
    childrenOf,
    expand,
    isPending: !!rootCode && !root && !rootResult?.isError,
    isError: !!rootResult?.isError,
    retry: () => void rootResult?.refetch(),
    /** A unit's name as the page shows it, or its code while it has not been read. */
    nameOf: (code: string | null | undefined) => (code ? (known.get(code)?.name ?? code) : ''),
  };
}

export type OrgTree = ReturnType<typeof useOrgTree>;
