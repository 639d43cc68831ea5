import { Input, TreeSelect } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, dataOf } from '../../api/client';
import type { UnitWithChildren } from '../../api/campaign-queries';

interface TreeNode {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

const TREE_STALE_MS = 10 * 60_000;
const nodeOf = (unit: { code: string; name: string }, parent: string | null): TreeNode => ({
  id: unit.code,
  pId: parent,
  value: unit.code,
  title: `${unit.name} (${unit.code})`,
  isLeaf: false,
});

interface UnitPickerProps {
  /** The top of the tree offered: the administrator's own unit. Null for a system administrator, who types a code. */
  rootCode: string | null;
  value?: string;
  onChange?: (code: string | undefined) => void;
  id?: string;
  label: string;
  placeholder?: string;
  allowClear?: boolean;
}

/**
 * A unit of the administrator's subtree, opened one level at a time (a province has thousands of units: never read
 * whole). A system administrator works across trees they cannot browse, so they type the unit's code.
 */
export function UnitPicker({ rootCode, value, onChange, id, label, placeholder, allowClear }: UnitPickerProps) {
  const queryClient = useQueryClient();
  const [nodes, setNodes] = useState<TreeNode[]>([]);
  const fetchUnit = (code: string) =>
    queryClient.fetchQuery({
      queryKey: ['unit', code],
      queryFn: async (): Promise<UnitWithChildren> => dataOf(await api.GET('/units/{code}', { params: { path: { code } } })),
      staleTime: TREE_STALE_MS,
    });

  useEffect(() => {
    if (!rootCode) return;
    let current = true;
    void fetchUnit(rootCode).then((root) => {
      if (current) setNodes([nodeOf(root, null), ...root.children.map((child) => nodeOf(child, root.code))]);
    });
    return () => {
      current = false;
    };
    // fetchUnit only reads the query client, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rootCode]);

  if (!rootCode)
    return (
      <Input
        id={id}
        aria-label={label}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange?.(event.target.value.trim() || undefined)}
      />
    );

  const loadChildren = async (code: string) => {
    const unit = await fetchUnit(code);
    setNodes((known) => {
      const have = new Set(known.map((node) => node.id));
      const fresh = unit.children.filter((child) => !have.has(child.code)).map((child) => nodeOf(child, code));
      return known.map((node) => (node.id === code && !unit.children.length ? { ...node, isLeaf: true } : node)).concat(fresh);
    });
  };

  return (
    <TreeSelect
      id={id}
      aria-label={label}
      treeDataSimpleMode
      treeData={nodes}
      loadData={({ value: code }) => loadChildren(String(code))}
      value={value}
      onChange={(code?: string) => onChange?.(code || undefined)}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandedKeys={[rootCode]}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
