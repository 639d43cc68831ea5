import { Alert, Typography } from 'antd';
import { useState } from 'react';
import type { OrgUnit } from '../../api/org-admin-queries';
import { useMe } from '../../api/queries';
import { useT } from '../../i18n/i18n-context';
import { LoadFailed } from '../../layout/LoadFailed';
import { PageLoading } from '../../layout/PageLoading';
import { ChangeSetForm } from './ChangeSetForm';
import { ChangeSetList } from './ChangeSetList';
import { OrgUnitTree } from './OrgUnitTree';
import { UnitHistoryDrawer } from './UnitHistoryDrawer';
import { useOrgTree } from './use-org-tree';
import './org-admin.css';

const ADMIN_ROLES = ['admin', 'system_admin'];

/**
 * Tổ chức: an administrator's units as a tree, the form for a set of changes to it (merges, splits, renames, moves,
 * dissolutions) with its preview, the sets recorded so far, and each unit's history.
 */
export default function OrgAdminPage() {
  const t = useT();
  const me = useMe();
  const isAdmin = !!me.data?.roles.some((role) => ADMIN_ROLES.includes(role.code));
  const tree = useOrgTree(isAdmin ? me.data?.unit.code : undefined);
  const [historyOf, setHistoryOf] = useState<OrgUnit | null>(null);

  if (me.isPending) return <PageLoading />;
  if (me.isError) return <LoadFailed onRetry={() => void me.refetch()} />;
  return (
    <section aria-labelledby="org-admin-heading" className="org-admin">
      <Typography.Title level={2} id="org-admin-heading">
        {t('orgAdmin.heading')}
      </Typography.Title>
      {!isAdmin ? (
        <Alert type="warning" showIcon message={t('orgAdmin.notAdmin')} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('orgAdmin.intro')}</Typography.Paragraph>
          <div className="org-admin__layout">
            <section aria-labelledby="org-tree-heading" className="org-admin__tree">
              <Typography.Title level={3} id="org-tree-heading">
                {t('orgAdmin.tree.heading')}
              </Typography.Title>
              <OrgUnitTree tree={tree} onHistory={setHistoryOf} />
            </section>
            <section aria-labelledby="org-change-heading" className="org-admin__form">
              <Typography.Title level={3} id="org-change-heading">
                {t('orgAdmin.form.heading')}
              </Typography.Title>
              <ChangeSetForm tree={tree} />
            </section>
          </div>
          <section aria-labelledby="org-list-heading" className="org-admin__list">
            <Typography.Title level={3} id="org-list-heading">
              {t('orgAdmin.list.heading')}
            </Typography.Title>
            <ChangeSetList tree={tree} />
          </section>
          <UnitHistoryDrawer unit={historyOf} tree={tree} onClose={() => setHistoryOf(null)} />
        </>
      )}
    </section>
  );
}
