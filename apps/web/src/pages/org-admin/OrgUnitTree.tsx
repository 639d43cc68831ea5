import { DownOutlined, HistoryOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { OrgUnit } from '../../api/org-admin-queries';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';
import type { OrgTree } from './use-org-tree';

interface Props {
  tree: OrgTree;
  onHistory: (unit: OrgUnit) => void;
}

interface NodeProps extends Props {
  unit: OrgUnit;
  initiallyOpen?: boolean;
}

function UnitNode({ tree, unit, onHistory, initiallyOpen = false }: NodeProps) {
  const t = useT();
  const [open, setOpen] = useState(initiallyOpen);
  const [failed, setFailed] = useState(false);
  const children = open ? tree.childrenOf(unit.code) : undefined;
  const toggle = () => {
    setOpen(!open);
    setFailed(false);
    // Only an opened branch is read: a province holds hundreds of communes.
    if (!open) tree.expand(unit.code).catch(() => setFailed(true));
  };
  return (
    <li className="org-tree__node" data-unit={unit.code}>
      <div className={unit.active ? 'org-tree__row' : 'org-tree__row org-tree__row--dissolved'}>
        {unit.active ? (
          <Button
            type="text"
            size="small"
            className="org-tree__toggle"
            icon={open ? <DownOutlined aria-hidden /> : <RightOutlined aria-hidden />}
            aria-expanded={open}
            aria-label={t(open ? 'orgAdmin.tree.collapse' : 'orgAdmin.tree.expand', { name: unit.name })}
            onClick={toggle}
          />
        ) : (
          <span className="org-tree__toggle" />
        )}
        <span className="org-tree__label">
          <span className="org-tree__name">{unit.name}</span>
          <Typography.Text type="secondary" className="org-tree__code">
            ({unit.code}
            {unit.statisticsCode ? ` · ${t('orgAdmin.tree.statisticsCode', { code: unit.statisticsCode })}` : ''})
          </Typography.Text>
          {!unit.active && (
            <Tag className="org-tree__successor">
              {unit.successorCode ? t('orgAdmin.tree.mergedInto', { name: tree.nameOf(unit.successorCode) }) : t('orgAdmin.tree.dissolved')}
            </Tag>
          )}
          <Button
            type="link"
            size="small"
            icon={<HistoryOutlined aria-hidden aria-label={t('orgAdmin.tree.history')} />}
            aria-label={t('orgAdmin.tree.historyOf', { name: unit.name })}
            onClick={() => onHistory(unit)}
          />
        </span>
      </div>
      {open && (
        <>
          {failed && (
            <LoadFailed
              onRetry={() =>
                void tree.expand(unit.code).then(
                  () => setFailed(false),
                  () => setFailed(true),
                )
              }
            />
          )}
          {!failed && children === undefined && <Spin size="small" />}
          {children?.length === 0 && (
            <Typography.Text type="secondary" className="org-tree__empty">
              {t('orgAdmin.tree.noChildren')}
            </Typography.Text>
          )}
          {children && children.length > 0 && (
            <ul className="org-tree__children">
              {children.map((child) => (
                <UnitNode key={child.code} tree={tree} unit={child} onHistory={onHistory} />
              ))}
            </ul>
          )}
        </>
      )}
    </li>
  );
}

/** The administrator's units, opened branch by branch; a dissolved unit greyed, with where it went. */
export function OrgUnitTree({ tree, onHistory }: Props) {
  const t = useT();
  if (tree.isError) return <LoadFailed onRetry={tree.retry} />;
  if (!tree.root) return <Spin />;
  return (
    <ul className="org-tree" aria-label={t('orgAdmin.tree.heading')}>
      <UnitNode tree={tree} unit={tree.root} onHistory={onHistory} initiallyOpen />
    </ul>
  );
}
