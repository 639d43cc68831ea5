import { DatePicker, Drawer, Empty, Spin, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useUnitHistory, useUnitOnDay, type OrgUnit } from '../../api/org-admin-queries';
import { toVietnamWallClock } from '../../format/vietnam-time';
import { useT } from '../../i18n/i18n-context';
import { vi, type MessageKey } from '../../i18n/messages';
import { LoadFailed } from '../../layout/LoadFailed';
import { shownDate } from './change-set-form';
import type { OrgTree } from './use-org-tree';

interface Props {
  unit: OrgUnit | null;
  tree: OrgTree;
  onClose: () => void;
}

type Version = NonNullable<ReturnType<typeof useUnitHistory>['data']>['versions'][number];

/** A unit's names and parents over time, and who led it (and held which roles) on a day the administrator picks. */
export function UnitHistoryDrawer({ unit, tree, onClose }: Props) {
  const t = useT();
  const code = unit?.code ?? null;
  const [on, setOn] = useState(() => toVietnamWallClock(new Date()).slice(0, 10));
  const history = useUnitHistory(code);
  const day = useUnitOnDay(code, on);
  const role = (r: string) => (`role.${r}` in vi ? t(`role.${r}` as MessageKey) : r);
  const holders = (list: { officialId: string; fullName: string; roles: string[] }[]) =>
    list.length ? (
      <ul>
        {list.map((o) => (
          <li key={o.officialId}>
            {o.fullName}{' '}
            {o.roles.map((r) => (
              <Tag key={r}>{role(r)}</Tag>
            ))}
          </li>
        ))}
      </ul>
    ) : (
      <Typography.Paragraph type="secondary">{t('orgAdmin.history.nobody')}</Typography.Paragraph>
    );

  return (
    <Drawer
      open={!!unit}
      onClose={onClose}
      width={720}
      title={unit ? t('orgAdmin.history.title', { name: unit.name }) : ''}
      destroyOnHidden
    >
      {history.isError && <LoadFailed onRetry={() => void history.refetch()} />}
      {history.isPending && !!code && <Spin />}
      {history.data && (
        <section aria-labelledby="org-history-versions">
          <Typography.Title level={3} id="org-history-versions">
            {t('orgAdmin.history.versions')}
          </Typography.Title>
          <Table<Version>
            size="small"
            rowKey={(v) => `${v.validFrom}|${v.changeId ?? ''}`}
            pagination={false}
            dataSource={history.data.versions}
            locale={{ emptyText: <Empty description={t('orgAdmin.history.noVersions')} /> }}
            columns={[
              {
                key: 'period',
                title: t('orgAdmin.history.period'),
                render: (_, v) =>
                  v.validTo
                    ? t('orgAdmin.history.between', { from: shownDate(v.validFrom), to: shownDate(v.validTo) })
                    : t('orgAdmin.history.since', { from: shownDate(v.validFrom) }),
              },
              { key: 'name', title: t('orgAdmin.history.name'), dataIndex: 'name' },
              { key: 'parent', title: t('orgAdmin.history.parent'), render: (_, v) => (v.parentCode ? tree.nameOf(v.parentCode) : '—') },
              { key: 'statisticsCode', title: t('orgAdmin.field.statisticsCode'), render: (_, v) => v.statisticsCode ?? '—' },
              {
                key: 'active',
                title: t('orgAdmin.history.state'),
                render: (_, v) => (v.active ? t('orgAdmin.history.active') : <Tag>{t('orgAdmin.history.inactive')}</Tag>),
              },
            ]}
          />
        </section>
      )}
      {code && (
        <section aria-labelledby="org-history-day" className="org-history__day">
          <Typography.Title level={3} id="org-history-day">
            {t('orgAdmin.history.onDay')}
          </Typography.Title>
          <label className="org-history__day-picker">
            <span>{t('orgAdmin.history.day')}</span>{' '}
            <DatePicker
              format="DD/MM/YYYY"
              allowClear={false}
              value={dayjs(on)}
              onChange={(value) => value && setOn(value.format('YYYY-MM-DD'))}
            />
          </label>
          {day.isError && <LoadFailed onRetry={() => void day.refetch()} />}
          {day.data && (
            <>
              <Typography.Paragraph>
                {day.data.version
                  ? t(day.data.version.active ? 'orgAdmin.history.wasNamed' : 'orgAdmin.history.dissolvedThatDay', {
                      name: day.data.version.name,
                      parent: tree.nameOf(day.data.version.parentCode) || '—',
                    })
                  : t('orgAdmin.history.notYet', { date: shownDate(on) })}
              </Typography.Paragraph>
              <Typography.Title level={4}>{t('orgAdmin.history.leaders')}</Typography.Title>
              <div className="org-history__leaders">{holders(day.data.leaders)}</div>
              <Typography.Title level={4}>{t('orgAdmin.history.officials')}</Typography.Title>
              {holders(day.data.officials)}
            </>
          )}
        </section>
      )}
    </Drawer>
  );
}
