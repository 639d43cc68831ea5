import { Select } from 'antd';
import { useMemo } from 'react';
import type { OrgUnit } from '../../api/org-admin-queries';
import { matchesSearch } from '../../format/vietnamese-search';
import { useT } from '../../i18n/i18n-context';
import type { OrgTree } from './use-org-tree';

interface Props {
  tree: OrgTree;
  multiple?: boolean;
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  id?: string;
  'aria-invalid'?: boolean;
}

interface UnitOption {
  value: string;
  label: string;
  /** The names above it, so a commune is found by its district too. */
  above: string;
}

/**
 * A unit (or several) among those the page's tree has read, in tree order, searched by name or code with or
 * without diacritics. A dissolved unit is not offered: nothing changes it any more. A branch opened on the tree
 * offers its units here.
 */
export function UnitPicker({ tree, multiple = false, value, onChange, id, ...rest }: Props) {
  const t = useT();
  const options = useMemo(() => {
    const list: UnitOption[] = [];
    const visit = (unit: OrgUnit, above: string[]) => {
      if (!unit.active) return;
      list.push({ value: unit.code, label: `${unit.name} (${unit.code})`, above: above.join(' ') });
      for (const child of tree.childrenOf(unit.code) ?? []) visit(child, [...above, unit.name]);
    };
    if (tree.root) visit(tree.root, []);
    return list;
  }, [tree]);
  return (
    <Select<string | string[], UnitOption>
      id={id}
      aria-invalid={rest['aria-invalid']}
      value={value}
      onChange={onChange}
      mode={multiple ? 'multiple' : undefined}
      showSearch
      options={options}
      filterOption={(query, option) => !!option && matchesSearch(query, [option.label, option.above])}
      placeholder={t('orgAdmin.picker.placeholder')}
      notFoundContent={t('orgAdmin.picker.notFound')}
      popupMatchSelectWidth={false}
    />
  );
}
