import { Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CampaignSchedule } from '../../api/campaign-queries';
import type { CampaignDetail } from '../../api/queries';
import { campaignPath } from '../../app/paths';
import { useT } from '../../i18n/i18n-context';
import { PlanAwards } from './PlanAwards';
import { PlanCriteria } from './PlanCriteria';
import { documentDate, signatureBlock } from './plan-document';
import { PlanTimeline } from './PlanTimeline';

const { Title, Paragraph, Text } = Typography;

/** A numbered part of the plan, shown only when the plan has it. */
function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="plan-doc__part">
      <Title level={4} id={id}>
        {title}
      </Title>
      {children}
    </section>
  );
}

function Numbered({ items }: { items: string[] }) {
  return (
    <ol className="plan-doc__list">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ol>
  );
}

/**
 * The plan laid out as the administrative document it is: the issuing body and the national motto, number, place
 * and date, title, legal bases, then each part the plan has, and the signature. The plan's words are shown as written.
 */
export function PlanDocument({ campaign, schedule }: { campaign: CampaignDetail; schedule: CampaignSchedule | undefined }) {
  const t = useT();
  const { plan } = campaign;
  const date = documentDate(plan.issuedOn, campaign.issuedAt);
  const signature = signatureBlock(plan.signature, campaign.approval);
  const issuerName = schedule?.issuer.name ?? campaign.issuerUnitCode;
  const implemented = plan.implements;
  const implementsText =
    implemented &&
    t(implemented.issuedOn ? 'campaign.doc.implementsOn' : 'campaign.doc.implements', {
      number: implemented.number,
      issuer: implemented.issuer,
      date: implemented.issuedOn?.split('-').reverse().join('/') ?? '',
    });

  return (
    <section aria-labelledby="plan-doc-heading" className="campaign-section">
      <Title level={3} id="plan-doc-heading">
        {t('campaign.doc.heading')}
      </Title>
      <article className="plan-doc" data-testid="plan-document">
        <Row gutter={[24, 12]} className="plan-doc__head">
          <Col xs={24} md={11} className="plan-doc__issuer">
            <Text strong>{issuerName.toLocaleUpperCase('vi')}</Text>
            <div className="plan-doc__rule" aria-hidden />
            <div data-testid="plan-number">
              {campaign.planNumber
                ? t('campaign.doc.number', { number: campaign.planNumber })
                : t('campaign.doc.numberPending', { issuerCode: plan.issuer.issuerCode ?? '' })}
            </div>
          </Col>
          <Col xs={24} md={13} className="plan-doc__nation">
            <Text strong>{t('campaign.doc.nation')}</Text>
            <div>
              <Text strong className="plan-doc__motto">
                {t('campaign.doc.motto')}
              </Text>
            </div>
            <div className="plan-doc__date">
              <Text italic>
                {date
                  ? t('campaign.doc.dateLine', { place: plan.place, ...date })
                  : t('campaign.doc.dateLinePending', { place: plan.place, year: plan.year })}
              </Text>
            </div>
          </Col>
        </Row>

        <div className="plan-doc__title">
          <Text strong className="plan-doc__kind">
            {t('campaign.doc.kind')}
          </Text>
          <div data-testid="plan-title">
            <Text strong>{plan.title}</Text>
          </div>
          {implemented && (
            <Paragraph italic className="plan-doc__implements">
              {implemented.campaignId ? <Link to={campaignPath(implemented.campaignId)}>{implementsText}</Link> : implementsText}
              {implemented.title && ` – ${implemented.title}`}
            </Paragraph>
          )}
        </div>

        {plan.legalBases.length > 0 && (
          <Part id="plan-doc-bases" title={t('campaign.doc.legalBases')}>
            <ul className="plan-doc__list">
              {plan.legalBases.map((basis) => (
                <li key={basis.reference}>
                  {basis.reference}
                  {basis.summary && <div className="plan-doc__summary">{basis.summary}</div>}
                </li>
              ))}
            </ul>
          </Part>
        )}
        {plan.purposes.length > 0 && (
          <Part id="plan-doc-purposes" title={t('campaign.doc.purposes')}>
            <Numbered items={plan.purposes} />
          </Part>
        )}
        {plan.requirements.length > 0 && (
          <Part id="plan-doc-requirements" title={t('campaign.doc.requirements')}>
            <Numbered items={plan.requirements} />
          </Part>
        )}
        {!!plan.contents?.length && (
          <Part id="plan-doc-contents" title={t('campaign.doc.contents')}>
            <Numbered items={plan.contents} />
          </Part>
        )}
        {plan.participantGroups.length > 0 && (
          <Part id="plan-doc-participants" title={t('campaign.doc.participants')}>
            <PlanCriteria groups={plan.participantGroups} />
          </Part>
        )}
        {plan.awardForms.length > 0 && (
          <Part id="plan-doc-awards" title={t('campaign.doc.awards')}>
            <PlanAwards awards={plan.awardForms} />
          </Part>
        )}
        {plan.initiativeAppraisal && (
          <Part id="plan-doc-initiatives" title={t('campaign.doc.initiatives')}>
            <Paragraph>{plan.initiativeAppraisal.council}</Paragraph>
            <Numbered items={plan.initiativeAppraisal.criteria.map((criterion) => criterion.text)} />
          </Part>
        )}
        <Part id="plan-doc-phases" title={t('campaign.doc.phases')}>
          <PlanTimeline plan={plan} schedule={schedule} />
        </Part>
        {plan.responsibilities.length > 0 && (
          <Part id="plan-doc-responsibilities" title={t('campaign.doc.responsibilities')}>
            <ol className="plan-doc__list">
              {plan.responsibilities.map((responsibility, i) => (
                <li key={i}>
                  <Text strong>{responsibility.party}</Text> ({t(`campaign.doc.role.${responsibility.role}`)})
                  <ul>
                    {responsibility.tasks.map((task, j) => (
                      <li key={j}>{task}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </Part>
        )}

        <Row gutter={[24, 24]} className="plan-doc__foot">
          <Col xs={{ span: 24, order: 2 }} md={{ span: 12, order: 1 }} className="plan-doc__recipients">
            {plan.recipients.length > 0 && (
              <>
                <Text strong italic>
                  {t('campaign.doc.recipients')}
                </Text>
                <ul>
                  {plan.recipients.map((recipient) => (
                    <li key={recipient}>{recipient}</li>
                  ))}
                </ul>
              </>
            )}
          </Col>
          <Col xs={{ span: 24, order: 1 }} md={{ span: 12, order: 2 }} className="plan-doc__signature" data-testid="plan-signature">
            {signature.lines.map((line) => (
              <div key={line}>
                <Text strong>{line}</Text>
              </div>
            ))}
            <div className="plan-doc__signer">
              {signature.signer ? <Text strong>{signature.signer}</Text> : <Text type="secondary">{t('campaign.doc.unsigned')}</Text>}
            </div>
          </Col>
        </Row>
      </article>
    </section>
  );
}
