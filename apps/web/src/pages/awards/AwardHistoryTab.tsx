import { SearchOutlined } from '@ant-design/icons';
import { Button, Empty, Form, Input, InputNumber, Select, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAwardForms, useAwardHistory, type AwardHistoryFilter, type AwardRecord } from '../../api/award-queries';
import { awardDossierPath } from '../../app/paths';
import { formatDate } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';
import { nomineeKindKey } from './award-labels';

const PAGE_SIZE = 20;

interface FilterValues {
  unitCode?: string;
  year?: number | null;
  awardKey?: string;
  nomineeKey?: string;
}

/** The filter as the API takes it: what was typed, trimmed; nothing for what was left empty. */
function filterOf(values: FilterValues): AwardHistoryFilter {
  const unitCode = values.unitCode?.trim();
  const nomineeKey = values.nomineeKey?.trim();
  return {
    ...(unitCode ? { unitCode } : {}),
    ...(typeof values.year === 'number' ? { year: values.year } : {}),
    ...(values.awardKey ? { awardKey: values.awardKey } : {}),
    ...(nomineeKey ? { nomineeKey } : {}),
  };
}

/** Who was awarded what and by which decision, looked up by unit, year, award form or nominee; newest first. */
export function AwardHistoryTab() {
  const t = useT();
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<AwardHistoryFilter>({});
  const [page, setPage] = useState(1);
  const forms = useAwardForms();
  const history = useAwardHistory(filter, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const formName = (key: string) => forms.data?.items.find((candidate) => candidate.key === key)?.name ?? key;

  const apply = (values: FilterValues) => {
    setFilter(filterOf(values));
    setPage(1);
  };

  const columns: TableColumnsType<AwardRecord> = [
    { title: t('awards.history.column.nominee'), dataIndex: 'nomineeName' },
    {
      title: t('awards.history.column.kind'),
      dataIndex: 'nomineeKind',
      responsive: ['md'],
      render: (kind: AwardRecord['nomineeKind']) => t(nomineeKindKey(kind)),
    },
    { title: t('awards.history.column.award'), dataIndex: 'awardKey', render: (key: string) => formName(key) },
    { title: t('awards.history.column.year'), dataIndex: 'year' },
    { title: t('awards.history.column.unit'), dataIndex: 'unitCode', responsive: ['lg'] },
    {
      title: t('awards.history.column.decision'),
      dataIndex: 'decisionNumber',
      render: (number: string, record) => <Link to={awardDossierPath(record.dossierId)}>{number}</Link>,
    },
    {
      title: t('awards.history.column.decidedAt'),
      dataIndex: 'decidedAt',
      responsive: ['md'],
      render: (at: string) => formatDate(new Date(at)),
    },
  ];

  return (
    <>
      <Form<FilterValues>
        form={form}
        layout="vertical"
        onFinish={apply}
        aria-label={t('awards.history.filters')}
        className="awards-filters"
      >
        <Form.Item name="unitCode" label={t('awards.history.unit')}>
          <Input allowClear maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="year" label={t('awards.history.year')}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="awardKey" label={t('awards.history.form')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('awards.history.allForms')}
            loading={forms.isPending}
            options={(forms.data?.items ?? []).map((candidate) => ({ value: candidate.key, label: candidate.name }))}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
        <Form.Item name="nomineeKey" label={t('awards.history.nominee')} extra={t('awards.history.nomineeHint')}>
          <Input allowClear maxLength={300} autoComplete="off" />
        </Form.Item>
        <Form.Item className="awards-filters__actions">
          <Space wrap>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
              {t('awards.history.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                apply({});
              }}
            >
              {t('awards.history.clear')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {history.isError ? (
        <LoadFailed onRetry={() => void history.refetch()} />
      ) : (
        <Table<AwardRecord>
          rowKey={(record) => `${record.dossierId}|${record.nomineeKey}`}
          size="middle"
          columns={columns}
          dataSource={history.data?.items ?? []}
          loading={history.isFetching}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: history.data?.total ?? 0,
            hideOnSinglePage: true,
            showSizeChanger: false,
            onChange: setPage,
          }}
          locale={{ emptyText: <Empty description={t('awards.history.empty')} /> }}
          scroll={{ x: true }}
        />
      )}
    </>
  );
}
