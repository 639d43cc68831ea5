import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Table, type TableColumnsType } from 'antd';
import type { VerificationReport } from '../../api/audit-queries';
import { formatDateTime } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';
import { describeVerification, showValue } from './verification-summary';

type Mismatch = VerificationReport['replay']['mismatches'][number];

/** The verification's verdict in words: the whole record first, then each of the three checks, then what differs. */
export function VerificationResult({ report }: { report: VerificationReport }) {
  const t = useT();
  const lines = describeVerification(report, t);
  const columns: TableColumnsType<Mismatch> = [
    { title: t('audit.mismatch.workflow'), dataIndex: 'workflowId', render: (id: string) => <code>{id}</code> },
    { title: t('audit.mismatch.subject'), dataIndex: 'subject' },
    { title: t('audit.mismatch.field'), dataIndex: 'field' },
    { title: t('audit.mismatch.logged'), dataIndex: 'logged', render: showValue },
    { title: t('audit.mismatch.replayed'), dataIndex: 'replayed', render: showValue },
  ];
  return (
    <div className="verification-result" data-testid="verification-result">
      <Alert
        type={report.ok ? 'success' : 'error'}
        showIcon
        message={report.ok ? t('audit.verify.ok') : t('audit.verify.bad')}
        description={t('audit.verify.at', { time: formatDateTime(new Date(report.verifiedAt)) })}
      />
      <dl className="verification-result__checks">
        {lines.map((line, index) => (
          <div key={index} className="verification-result__check">
            <dt>
              {line.ok ? (
                <CheckCircleFilled className="verification-result__ok" aria-hidden />
              ) : (
                <CloseCircleFilled className="verification-result__bad" aria-hidden />
              )}{' '}
              {t(`audit.verify.${line.section}`)}
            </dt>
            <dd>{line.text}</dd>
          </div>
        ))}
      </dl>
      {report.replay.mismatches.length > 0 && (
        <Table<Mismatch>
          size="small"
          rowKey={(m) => `${m.workflowId}|${m.subject}|${m.field}`}
          columns={columns}
          dataSource={report.replay.mismatches}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
        />
      )}
    </div>
  );
}
