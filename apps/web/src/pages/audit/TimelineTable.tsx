import { Empty, Table, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { cloneElement, isValidElement, type ReactElement } from 'react';
import type { PlanDefinition } from '@tdkt/domain';
import type { OperatorLinks, TimelineItem } from '../../api/audit-queries';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { temporalWorkflowUrl } from './operator-links';
import { describeObligation } from './obligation-label';
import { actionLabelKey } from './timeline-actions';
import { showValue } from './verification-summary';
import { describeWorkflow } from './workflow-label';

interface Props {
  items: readonly TimelineItem[];
  total: number;
  loading: boolean;
  page: { current: number; pageSize: number };
  onPage(current: number, pageSize: number): void;
  /** Only for the officials the API gives them to; without them each workflow is named, unlinked. */
  operatorLinks: OperatorLinks | undefined;
  /** Names the phases and approval steps the log refers to by key; keys show as they are until it has loaded. */
  plan: PlanDefinition | undefined;
}

export const PAGE_SIZES = [20, 50, 100];

/** The decision log, one row per recorded step, paginated by the API. */
export function TimelineTable({ items, total, loading, page, onPage, operatorLinks, plan }: Props) {
  const t = useT();
  const actionLabel = (item: TimelineItem) => {
    const key = actionLabelKey(item.action);
    return key ? t(key) : item.actionLabel;
  };

  const columns: TableColumnsType<TimelineItem> = [
    { title: t('audit.column.seq'), dataIndex: 'seq', width: 64 },
    { title: t('audit.column.at'), dataIndex: 'atLocal', onCell: () => ({ className: 'nowrap' }) },
    {
      title: t('audit.column.action'),
      key: 'action',
      className: 'timeline-table__action',
      render: (_, item) => (
        <>
          {actionLabel(item)}
          {item.capacity && (
            <Tag className="timeline-table__capacity" bordered={false}>
              {t('audit.capacity', { capacity: item.capacity })}
            </Tag>
          )}
        </>
      ),
    },
    {
      title: t('audit.column.actor'),
      key: 'actor',
      className: 'timeline-table__actor',
      render: (_, { actor }) =>
        actor ? (
          <>
            <div>{actor.fullName ?? actor.username}</div>
            <Typography.Text type="secondary" className="timeline-table__detail">
              {[actor.role && t(`role.${actor.role}` as MessageKey), actor.unitCode].filter(Boolean).join(' · ')}
            </Typography.Text>
          </>
        ) : (
          <Typography.Text type="secondary">{t('audit.actor.system')}</Typography.Text>
        ),
    },
    { title: t('audit.column.unit'), dataIndex: 'unitCode', responsive: ['md'], className: 'timeline-table__unit' },
    {
      title: t('audit.column.obligation'),
      dataIndex: 'obligationKey',
      responsive: ['lg'],
      className: 'timeline-table__obligation',
      render: (key: string | null) => describeObligation(key, plan, t),
    },
    { title: t('audit.column.comment'), dataIndex: 'comment', responsive: ['md'], className: 'timeline-table__comment' },
    { title: t('audit.column.due'), dataIndex: 'dueAtLocal', responsive: ['lg'], onCell: () => ({ className: 'nowrap' }) },
    {
      title: t('audit.column.values'),
      dataIndex: 'values',
      responsive: ['xl'],
      className: 'timeline-table__values-cell',
      // As recorded (keys in the workflows' own terms): folded away until asked for, so the row reads in Vietnamese.
      render: (values: unknown) =>
        values === null ? null : (
          <details className="timeline-table__values">
            <summary>{t('audit.values.show')}</summary>
            <code>{showValue(values)}</code>
          </details>
        ),
    },
    {
      title: t('audit.column.workflow'),
      dataIndex: 'workflowId',
      responsive: ['lg'],
      className: 'timeline-table__workflow-cell',
      render: (workflowId: string) => {
        const url = temporalWorkflowUrl(operatorLinks, workflowId);
        const label = describeWorkflow(workflowId, t);
        if (!url) return <span data-workflow-id={workflowId}>{label}</span>;
        return (
          <a href={url} target="_blank" rel="noreferrer" data-workflow-id={workflowId} data-testid="temporal-link">
            {label}
            <span className="audit-visually-hidden"> {t('audit.newWindow')}</span>
          </a>
        );
      },
    },
  ];

  const pagination: TablePaginationConfig = {
    current: page.current,
    pageSize: page.pageSize,
    total,
    pageSizeOptions: PAGE_SIZES,
    showSizeChanger: true,
    // Fewer page links and no size changer on a phone, so the pager fits 390 px.
    responsive: true,
    showLessItems: true,
    hideOnSinglePage: total <= PAGE_SIZES[0],
    onChange: onPage,
    // The arrows are icon-only buttons: they get their words, or a screen reader announces a nameless button.
    itemRender: (_page, type, element) =>
      (type === 'prev' || type === 'next') && isValidElement(element)
        ? cloneElement(element as ReactElement<{ 'aria-label'?: string }>, {
            'aria-label': t(type === 'prev' ? 'audit.pager.prev' : 'audit.pager.next'),
          })
        : element,
  };

  return (
    <Table<TimelineItem>
      className="timeline-table"
      rowKey="seq"
      size="middle"
      columns={columns}
      dataSource={[...items]}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText: <Empty description={t('audit.timeline.empty')} /> }}
      scroll={{ x: true }}
    />
  );
}
