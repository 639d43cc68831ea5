import { Empty, Table, Typography, type TableColumnsType } from 'antd';
import { useAwardForms, type AwardFormView } from '../../api/award-queries';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';
import { categoryKey, nomineeKindKey } from './award-labels';

const money = new Intl.NumberFormat('vi-VN');
/** A share as officials write it: 90, 66,67. */
const percent = (share: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(share * 100);

/** The award catalogue in force in the province: who may receive each form, who decides it, how, the bonus and the law. */
export function AwardCatalogueTab() {
  const t = useT();
  const forms = useAwardForms();

  const procedure = (form: AwardFormView) => {
    const council = form.council;
    return [
      !council
        ? t('awards.catalogue.noCouncil')
        : council.kind === 'vote'
          ? t(council.comparison === 'more_than' ? 'awards.catalogue.councilVote.more_than' : 'awards.catalogue.councilVote.at_least', {
              threshold: percent(council.threshold ?? 0),
            })
          : t('awards.catalogue.councilScore', { passMark: council.passMark ?? 0 }),
      form.postingWorkingDays ? t('awards.catalogue.posting', { days: form.postingWorkingDays }) : null,
      form.consultation ? t('awards.catalogue.consultation') : null,
    ].filter((line): line is string => !!line);
  };

  const columns: TableColumnsType<AwardFormView> = [
    {
      title: t('awards.catalogue.column.name'),
      key: 'name',
      render: (_, form) => (
        <>
          <Typography.Text strong>{form.name}</Typography.Text>
          <div>
            <Typography.Text type="secondary">{t(categoryKey(form.category))}</Typography.Text>
          </div>
          {form.prerequisites.map((prerequisite) => (
            <div key={prerequisite.text}>{t('awards.catalogue.prerequisite', { text: prerequisite.text })}</div>
          ))}
        </>
      ),
    },
    {
      title: t('awards.catalogue.column.for'),
      key: 'for',
      render: (_, form) => form.nomineeKinds.map((kind) => t(nomineeKindKey(kind))).join(', '),
    },
    {
      title: t('awards.catalogue.column.decidedBy'),
      key: 'decidedBy',
      render: (_, form) => (
        <>
          {form.decidedBy.title}
          <div>
            <Typography.Text type="secondary">{t('awards.catalogue.appraisedBy', { body: form.appraisedBy })}</Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: t('awards.catalogue.column.procedure'),
      key: 'procedure',
      responsive: ['md'],
      render: (_, form) => procedure(form).map((line) => <div key={line}>{line}</div>),
    },
    {
      title: t('awards.catalogue.column.amount'),
      key: 'amount',
      responsive: ['md'],
      render: (_, form) =>
        form.amount !== null && form.amountMultiple !== null
          ? t('awards.catalogue.amount', { amount: money.format(form.amount), multiple: money.format(form.amountMultiple) })
          : t('awards.catalogue.noAmount'),
    },
    {
      title: t('awards.catalogue.column.legalBasis'),
      key: 'legalBasis',
      responsive: ['lg'],
      render: (_, form) => (
        <ul className="awards-page__plain-list">
          {form.legalBasis.map((basis) => (
            <li key={basis}>{basis}</li>
          ))}
        </ul>
      ),
    },
  ];

  if (forms.isError) return <LoadFailed onRetry={() => void forms.refetch()} />;
  return (
    <Table<AwardFormView>
      rowKey="key"
      size="middle"
      columns={columns}
      dataSource={forms.data?.items ?? []}
      loading={forms.isPending}
      pagination={false}
      locale={{ emptyText: <Empty description={t('awards.catalogue.empty')} /> }}
      scroll={{ x: true }}
    />
  );
}
