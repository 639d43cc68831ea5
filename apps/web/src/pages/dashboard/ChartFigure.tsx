import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n-context';

interface Props {
  id: string;
  heading: string;
  /** What the chart shows, in words: read before the chart, and its accessible description. */
  description: string;
  chart: ReactNode;
  /** The same numbers as a table, for whoever cannot read the chart (colour, screen reader, print). */
  table: ReactNode;
}

/** A dashboard section: its heading, a chart with its caption, and the chart's numbers as a table. */
export function ChartFigure({ id, heading, description, chart, table }: Props) {
  const t = useT();
  return (
    <section aria-labelledby={`${id}-heading`} className="dashboard-section" data-testid={id}>
      <Typography.Title level={3} id={`${id}-heading`}>
        {heading}
      </Typography.Title>
      <figure className="dashboard-figure" aria-labelledby={`${id}-heading`} aria-describedby={`${id}-caption`}>
        <figcaption id={`${id}-caption`} className="dashboard-figure__caption">
          {description}
        </figcaption>
        <div className="dashboard-figure__chart">{chart}</div>
        <details className="dashboard-figure__table">
          <summary>{t('dashboard.table.show')}</summary>
          {table}
        </details>
      </figure>
    </section>
  );
}
