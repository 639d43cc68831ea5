import { patched } from '@temporalio/workflow';
import { PARTICIPATION_V2 } from '../patches';
import { participationWorkflow, participationWorkflowV2 } from './participation.workflow';

/** The workflow type a campaign starts its issuer's participation as: the second one, unless it replays an older run. */
export function participationType(): typeof participationWorkflow {
  return patched(PARTICIPATION_V2) ? participationWorkflowV2 : participationWorkflow;
}
