import { BadRequestException, ConflictException, InternalServerErrorException, ServiceUnavailableException } from '@nestjs/common';
import { ServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { refusalFailure } from '@tdkt/contracts';
import { refuse } from '@tdkt/domain';
import { invalidInput } from '../invalid-input';
import { refusalException } from '../refusal-exception';
import { languageOf } from './language';
import { toProblem, type ProblemContext } from './to-problem';

const vi: ProblemContext = { language: 'vi', method: 'POST', path: '/x', requestId: 'req-1' };
const en: ProblemContext = { ...vi, language: 'en' };
const UNTRANSLATED = 'This message has no English translation yet; in Vietnamese:';

describe('languageOf', () => {
  it('is Vietnamese unless English weighs more', () => {
    expect(languageOf(undefined)).toBe('vi');
    expect(languageOf('fr-FR, de')).toBe('vi');
    expect(languageOf('en')).toBe('en');
    expect(languageOf('en-US,en;q=0.9')).toBe('en');
    expect(languageOf('vi;q=0.4, en;q=0.8')).toBe('en');
    expect(languageOf('en;q=0.5, vi;q=0.9')).toBe('vi');
    expect(languageOf('en, vi')).toBe('vi');
    expect(languageOf('en;q=0')).toBe('vi');
  });
});

describe('toProblem', () => {
  it('answers a domain refusal through Temporal with its status, and its English from the failure’s details', () => {
    const failure = refusalFailure(refuse('conflict', 'Báo cáo đã được gửi.', 'The report has already been sent.'));
    const error = new WorkflowUpdateFailedError('Workflow Update failed', failure);
    expect(toProblem(error, vi)).toEqual({
      type: '/problems/conflict',
      title: 'Không còn thực hiện được',
      status: 409,
      detail: 'Báo cáo đã được gửi.',
      requestId: 'req-1',
    });
    expect(toProblem(error, en)).toMatchObject({ title: 'No longer possible', detail: 'The report has already been sent.' });
    const untranslated = new WorkflowUpdateFailedError('x', refusalFailure(refuse('forbidden', 'Không được.')));
    expect(toProblem(untranslated, en)).toMatchObject({ status: 403, type: '/problems/forbidden', detail: `${UNTRANSLATED} Không được.` });
  });

  it('answers a refusal the API layer raised from a domain rule the same way', () => {
    const exception = refusalException(refuse('invalid', 'Thiếu lý do.', 'The reason is missing.'));
    expect(toProblem(exception, en)).toMatchObject({ status: 400, type: '/problems/validation', detail: 'The reason is missing.' });
  });

  it('lists each problem with its path; an import’s rows become paths with the row as the official counts it', () => {
    const exception = invalidInput({
      message: 'Tệp nhập có 3 lỗi.',
      errors: [
        { path: 'phases[2].title', message: 'Thiếu tên', en: 'The title is missing' },
        { section: 'units', row: 3, field: 'parentCode', message: 'Không có đơn vị cha' },
        { section: 'levels', row: 0, message: 'Mục "levels" phải là một danh sách' },
      ],
    });
    expect(toProblem(exception, en).errors).toEqual([
      { path: 'phases[2].title', message: 'The title is missing' },
      { path: 'units[3].parentCode', message: 'Không có đơn vị cha' },
      { path: 'levels', message: 'Mục "levels" phải là một danh sách' },
    ]);
  });

  it('keeps a Nest exception’s words, and never a fault’s', () => {
    expect(toProblem(new ConflictException('Đã có người khác duyệt.'), vi)).toMatchObject({
      status: 409,
      detail: 'Đã có người khác duyệt.',
    });
    expect(toProblem(new BadRequestException(), en)).toMatchObject({ status: 400, detail: `${UNTRANSLATED} Bad Request` });
    const fault = toProblem(new Error('relation "campaigns" does not exist'), vi);
    expect(fault).toMatchObject({ type: '/problems/internal', status: 500, requestId: 'req-1' });
    expect(JSON.stringify(fault)).not.toContain('campaigns');
    expect(JSON.stringify(toProblem(new InternalServerErrorException('SELECT * FROM secrets'), en))).not.toContain('SELECT');
  });

  it('tells a missing workflow and an unreachable service apart from a fault', () => {
    expect(toProblem(new WorkflowNotFoundError('gone', 'wf', undefined), vi)).toMatchObject({ status: 404, type: '/problems/not-found' });
    const unavailable = toProblem(
      new ServiceUnavailableException({ status: 'unavailable', checks: { database: 'up', temporal: 'down' } }),
      en,
    );
    expect(unavailable).toMatchObject({ status: 503, type: '/problems/unavailable', checks: { database: 'up', temporal: 'down' } });
    // What the Temporal client throws when its frontend does not answer: a gRPC UNAVAILABLE, maybe wrapped.
    const grpcUnavailable = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14, details: 'x', metadata: {} });
    for (const down of [grpcUnavailable, new ServiceError('Failed to start Workflow', { cause: grpcUnavailable })])
      expect(toProblem(down, en)).toMatchObject({
        status: 503,
        type: '/problems/workflow-unavailable',
        title: 'Workflow service unavailable',
      });
    const other = new WorkflowUpdateFailedError('x', ApplicationFailure.create({ type: 'SomethingElse', message: 'boom' }));
    expect(toProblem(other, vi)).toMatchObject({ status: 500, type: '/problems/internal' });
  });
});
