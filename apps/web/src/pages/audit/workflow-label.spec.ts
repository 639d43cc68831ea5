import { formatMessage, vi } from '../../i18n/messages';
import { describeWorkflow } from './workflow-label';

const t = (key: Parameters<typeof formatMessage>[1], params?: Record<string, string | number>) => formatMessage(vi, key, params);

describe('a workflow of the timeline, named in words', () => {
  it.each([
    ['campaign:c-1', 'Phong trào'],
    ['approval:plan:c-1', 'Duyệt kế hoạch'],
    ['approval:nomination:n-1', 'Phê duyệt'],
    ['participation:c-1:TQ-YS-THANGQUAN', 'Đơn vị TQ-YS-THANGQUAN'],
    ['archive:c-1', 'Lưu trữ'],
    ['verification:c-1:r-1', 'Kiểm tra'],
    ['something-new:c-1', 'Quy trình khác'],
  ])('%s', (workflowId, words) => expect(describeWorkflow(workflowId, t)).toBe(words));
});
