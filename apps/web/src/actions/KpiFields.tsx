import type { KpiCriterion } from '@tdkt/domain';
import { Form, InputNumber, Typography } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { kpiProblem, measureOf } from './kpi-measure';

/** One number per KPI the unit is judged on, checked against its unit of measure as it is typed. */
export function KpiFields({ criteria }: { criteria: readonly KpiCriterion[] }) {
  const { t, language } = useI18n();
  const number = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB');
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <legend style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('actions.kpi.legend')}</Typography.Text>
      </legend>
      {criteria.map((criterion) => {
        const measure = measureOf(criterion);
        return (
          <Form.Item
            key={criterion.key}
            name={['kpiValues', criterion.key]}
            label={criterion.text}
            extra={t(criterion.comparison === 'atMost' ? 'actions.kpi.targetAtMost' : 'actions.kpi.targetAtLeast', {
              target: number.format(criterion.target),
              unit: criterion.unit,
            })}
            rules={[
              {
                validator: (_, value: unknown) => {
                  const problem = kpiProblem(value, measure);
                  return problem ? Promise.reject(new Error(t(problem, { unit: criterion.unit }))) : Promise.resolve();
                },
              },
            ]}
          >
            <InputNumber style={{ width: '100%' }} addonAfter={criterion.unit} inputMode={measure === 'count' ? 'numeric' : 'decimal'} />
          </Form.Item>
        );
      })}
    </fieldset>
  );
}
