import { Checkbox, Form, Select, Tag, Tree, Typography, type FormInstance, type TreeDataNode } from 'antd';
import { groupsOf, selectParticipants, type ParticipantGroup, type ParticipantSelector, type TemplateOrgContext } from '@tdkt/domain';
import { useMemo } from 'react';
import type { UnitWithChildren } from '../../api/new-campaign-queries';
import { useT } from '../../i18n/i18n-context';
import { levelLabel } from './level-label';
import { selectedByRule, toggleParticipant } from './org-snapshot';
import type { PlanFormValues } from './plan-form-model';

interface Props {
  form: FormInstance<PlanFormValues>;
  org: TemplateOrgContext;
  levels: readonly string[];
  /** Units read so far, by code; `expand` reads one more (the tree opens lazily). */
  units: ReadonlyMap<string, UnitWithChildren>;
  expand(code: string): Promise<void>;
  rootCode: string;
  issuerCode: string;
  /** Whether units below the official's own may be read (and so opened); see useUnitTree. */
  readsBelow: boolean;
}

const nonEmpty = (list: string[] | undefined) => (list?.length ? list : undefined);

/**
 * Who takes part, as the plan says it: levels and kinds of unit under the issuer, then units added or left out by
 * name. The tree shows the outcome unit by unit (ticked = takes part) with the participant groups each falls in,
 * and ticking a unit adds or removes that one exception.
 */
export function ParticipantsPicker({ form, org, levels, units, expand, rootCode, issuerCode, readsBelow }: Props) {
  const t = useT();
  const selector = (Form.useWatch('participants', { form, preserve: true }) as ParticipantSelector | undefined) ?? {};
  const watchedGroups = Form.useWatch('participantGroups', { form, preserve: true }) as ParticipantGroup[] | undefined;
  const groups = useMemo(() => watchedGroups ?? [], [watchedGroups]);
  const issuer = org.units.get(issuerCode);

  const participating = useMemo(() => {
    const cleaned: ParticipantSelector = {
      levels: nonEmpty(selector.levels),
      kinds: nonEmpty(selector.kinds),
      unitCodes: selector.unitCodes,
      excludeUnitCodes: selector.excludeUnitCodes,
    };
    return new Set(
      selectParticipants({ issuer: { unitCode: issuerCode }, participants: cleaned, participantGroups: [] }, org).map((p) => p.unitCode),
    );
  }, [selector.levels, selector.kinds, selector.unitCodes, selector.excludeUnitCodes, issuerCode, org]);

  const kinds = useMemo(
    () => [...new Set([...[...org.units.values()].map((u) => u.kind), ...(selector.kinds ?? [])])].sort(),
    [org, selector.kinds],
  );

  const treeData = useMemo(() => {
    const node = (code: string, name: string): TreeDataNode => {
      const read = units.get(code);
      const unit = org.units.get(code);
      const unitGroups = unit && participating.has(code) ? groupsOf({ participantGroups: groups }, unit) : [];
      return {
        key: code,
        title: (
          <span className="participant-node">
            {name}
            {unitGroups.map((key) => (
              <Tag key={key} className="participant-node__group">
                {groups.find((g) => g.key === key)?.label ?? key}
              </Tag>
            ))}
          </span>
        ),
        checkable: code !== issuerCode,
        isLeaf: read ? read.children.length === 0 : !readsBelow || undefined,
        children: read?.children.map((child) => node(child.code, child.name)),
      };
    };
    const root = units.get(rootCode);
    return root ? [node(root.code, root.name)] : [];
  }, [units, org, participating, groups, issuerCode, rootCode, readsBelow]);

  const toggle = (code: string) => {
    const unit = org.units.get(code);
    if (!unit) return;
    form.setFieldValue('participants', toggleParticipant(selector, code, selectedByRule(selector, unit, issuer), participating.has(code)));
  };

  const named = (codes: string[] | undefined) => (codes ?? []).map((code) => org.units.get(code)?.name ?? code).join('; ');

  return (
    <section aria-labelledby="new-campaign-participants" className="plan-section">
      <Typography.Title level={3} id="new-campaign-participants">
        {t('newCampaign.section.participants')}
      </Typography.Title>
      <Form.Item name={['participants', 'levels']} label={t('newCampaign.participants.levels')}>
        <Checkbox.Group options={levels.map((level) => ({ value: level, label: levelLabel(level, t) }))} />
      </Form.Item>
      <Form.Item
        name={['participants', 'kinds']}
        label={t('newCampaign.participants.kinds')}
        extra={t('newCampaign.participants.kindsHint')}
      >
        <Select mode="tags" options={kinds.map((kind) => ({ value: kind, label: kind }))} />
      </Form.Item>
      <p id="participants-tree-label" className="plan-tree__label">
        {t('newCampaign.participants.tree')}
      </p>
      <div role="group" aria-labelledby="participants-tree-label" className="plan-tree">
        <Tree
          checkable
          checkStrictly
          selectable={false}
          defaultExpandedKeys={[rootCode]}
          checkedKeys={{ checked: [...participating], halfChecked: [] }}
          loadData={(node) => expand(String(node.key))}
          onCheck={(_, info) => toggle(String(info.node.key))}
          treeData={treeData}
        />
      </div>
      <Typography.Paragraph type="secondary" data-testid="participants-summary">
        {t('newCampaign.participants.count', { count: participating.size })}
        {selector.unitCodes?.length ? ` ${t('newCampaign.participants.added', { units: named(selector.unitCodes) })}` : ''}
        {selector.excludeUnitCodes?.length ? ` ${t('newCampaign.participants.excluded', { units: named(selector.excludeUnitCodes) })}` : ''}
      </Typography.Paragraph>
    </section>
  );
}
