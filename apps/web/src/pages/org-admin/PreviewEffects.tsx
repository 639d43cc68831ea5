import { Alert, Typography } from 'antd';
import type { OrgChangeEffects } from '../../api/org-admin-queries';
import { useT } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { effectLines } from './effect-lines';
import type { OrgTree } from './use-org-tree';

/** What the previewed set would do, group by group; nothing is recorded until it is applied. */
export function PreviewEffects({ effects, tree }: { effects: OrgChangeEffects; tree: OrgTree }) {
  const t = useT();
  const groups = effectLines(effects, t, tree.nameOf);
  return (
    <section aria-labelledby="org-effects-heading" className="org-effects" data-testid="org-effects">
      <Alert type="info" showIcon message={t('orgAdmin.effects.clean')} />
      <Typography.Title level={4} id="org-effects-heading">
        {t('orgAdmin.effects.heading')}
      </Typography.Title>
      {groups.length === 0 && <Typography.Paragraph>{t('orgAdmin.effects.none')}</Typography.Paragraph>}
      {groups.map((group) => (
        <div key={group.key} className="org-effects__group">
          <Typography.Text strong>{t(`orgAdmin.effects.${group.key}` as MessageKey)}</Typography.Text>
          <ul>
            {group.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
