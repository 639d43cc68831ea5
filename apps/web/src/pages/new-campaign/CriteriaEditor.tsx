import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Collapse, Form, Input, InputNumber, Select, Typography, type FormInstance } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/i18n-context';
import { levelLabel } from './level-label';
import { freshKey, type CriterionValues, type GroupValues, type PlanFormValues } from './plan-form-model';

interface Props {
  form: FormInstance<PlanFormValues>;
  levels: readonly string[];
  /** Groups with a field in error: opened, so the message is seen. */
  openGroups: readonly number[];
}

/** Participant groups (who shares which criteria) and each group's criteria: text, unit of measure, target. */
export function CriteriaEditor({ form, levels, openGroups }: Props) {
  const t = useT();
  const groups = (Form.useWatch('participantGroups', { form, preserve: true }) as GroupValues[] | undefined) ?? [];
  const [opened, setOpened] = useState<string[]>([]);
  const activeKey = [...new Set([...opened, ...openGroups.map(String)])];
  return (
    <section aria-labelledby="new-campaign-criteria" className="plan-section">
      <Typography.Title level={3} id="new-campaign-criteria">
        {t('newCampaign.section.criteria')}
      </Typography.Title>
      <Form.List name="participantGroups">
        {(fields, { add, remove }) => (
          <>
            <Collapse
              activeKey={activeKey}
              onChange={(keys) => setOpened(Array.isArray(keys) ? keys : [keys])}
              items={fields.map((field) => ({
                key: String(field.name),
                forceRender: true,
                label: t('newCampaign.group.heading', {
                  name: groups[field.name]?.label || t('newCampaign.group.unnamed'),
                  count: groups[field.name]?.criteria?.length ?? 0,
                }),
                children: (
                  <GroupFields
                    group={field.name}
                    levels={levels}
                    criteria={groups[field.name]?.criteria ?? []}
                    onRemove={() => remove(field.name)}
                  />
                ),
              }))}
            />
            <Button
              className="plan-section__add"
              icon={<PlusOutlined aria-hidden />}
              onClick={() =>
                add({
                  key: freshKey(
                    'nhom',
                    groups.map((g) => g?.key ?? ''),
                  ),
                  label: '',
                  match: {},
                  criteria: [],
                } satisfies GroupValues)
              }
            >
              {t('newCampaign.group.add')}
            </Button>
          </>
        )}
      </Form.List>
    </section>
  );
}

interface GroupProps {
  group: number;
  levels: readonly string[];
  criteria: CriterionValues[];
  onRemove(): void;
}

function GroupFields({ group, levels, criteria, onRemove }: GroupProps) {
  const t = useT();
  return (
    <div className="plan-group">
      <Form.Item name={[group, 'label']} label={t('newCampaign.group.label')}>
        <Input />
      </Form.Item>
      <Form.Item name={[group, 'match', 'levels']} label={t('newCampaign.group.levels')} extra={t('newCampaign.group.levelsHint')}>
        <Select mode="multiple" options={levels.map((level) => ({ value: level, label: levelLabel(level, t) }))} />
      </Form.Item>
      <Form.List name={[group, 'criteria']}>
        {(fields, { add, remove }) => (
          <ol className="plan-criteria">
            {fields.map((field) => (
              <li key={field.key} className="plan-criterion">
                <CriterionFields criterion={field.name} kpi={criteria[field.name]?.kind === 'kpi'} onRemove={() => remove(field.name)} />
              </li>
            ))}
            <li className="plan-criteria__add">
              <Button
                size="small"
                icon={<PlusOutlined aria-hidden />}
                onClick={() =>
                  add({
                    kind: 'qualitative',
                    key: freshKey(
                      'tieu-chi',
                      criteria.map((c) => c?.key ?? ''),
                    ),
                    text: '',
                  } satisfies CriterionValues)
                }
              >
                {t('newCampaign.criterion.add')}
              </Button>
            </li>
          </ol>
        )}
      </Form.List>
      <Button type="text" icon={<DeleteOutlined aria-hidden />} onClick={onRemove}>
        {t('newCampaign.group.remove')}
      </Button>
    </div>
  );
}

function CriterionFields({ criterion, kpi, onRemove }: { criterion: number; kpi: boolean; onRemove(): void }) {
  const t = useT();
  return (
    <div className="plan-criterion__fields">
      <Form.Item name={[criterion, 'text']} label={t('newCampaign.criterion.text', { n: criterion + 1 })} className="plan-criterion__text">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <div className="plan-inline">
        <Form.Item name={[criterion, 'kind']} label={t('newCampaign.criterion.kind')}>
          <Select
            options={[
              { value: 'qualitative', label: t('newCampaign.criterion.kind.qualitative') },
              { value: 'kpi', label: t('newCampaign.criterion.kind.kpi') },
            ]}
          />
        </Form.Item>
        {kpi && (
          <>
            <Form.Item name={[criterion, 'comparison']} label={t('newCampaign.criterion.comparison')}>
              <Select
                options={[
                  { value: 'atLeast', label: t('newCampaign.criterion.atLeast') },
                  { value: 'atMost', label: t('newCampaign.criterion.atMost') },
                ]}
              />
            </Form.Item>
            <Form.Item name={[criterion, 'target']} label={t('newCampaign.criterion.target')}>
              <InputNumber />
            </Form.Item>
            <Form.Item name={[criterion, 'unit']} label={t('newCampaign.criterion.unit')} className="plan-criterion__unit">
              <Input />
            </Form.Item>
            <Form.Item name={[criterion, 'aggregate']} label={t('newCampaign.criterion.aggregate')}>
              <Select
                options={[
                  { value: 'average', label: t('newCampaign.criterion.average') },
                  { value: 'sum', label: t('newCampaign.criterion.sum') },
                ]}
              />
            </Form.Item>
          </>
        )}
        <Form.Item name={[criterion, 'appliesTo']} label={t('newCampaign.criterion.appliesTo')}>
          <Select
            allowClear
            options={[
              { value: 'collective', label: t('newCampaign.criterion.collective') },
              { value: 'individual', label: t('newCampaign.criterion.individual') },
            ]}
          />
        </Form.Item>
        <Button
          type="text"
          danger
          className="plan-inline__remove"
          icon={<DeleteOutlined aria-hidden />}
          aria-label={t('newCampaign.criterion.remove', { n: criterion + 1 })}
          onClick={onRemove}
        />
      </div>
    </div>
  );
}
