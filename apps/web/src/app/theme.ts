import type { ThemeConfig } from 'antd';

// Ant Design's defaults put secondary text, links, warnings and errors (form messages, danger buttons) below WCAG AA's 4.5:1 contrast on white and on the
// grey of a sorted column or a page; officials read these screens all day, often on poor office monitors.
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#a50e0e',
    colorLink: '#0950c3',
    colorWarning: '#ad5a00',
    colorError: '#c41d1d',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    borderRadius: 4,
  },
};
