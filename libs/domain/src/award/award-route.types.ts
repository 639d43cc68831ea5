import type { AwardStepKind, CentralAuthority, CouncilRule } from './award-catalogue.types';

/**
 * One step of a dossier's route, computed from the award form and the nominating unit's place in the
 * tree, never written by hand: who acts (a unit, and the role within it), and how long they have.
 */
export interface AwardRouteStep {
  kind: AwardStepKind;
  /** The unit whose officials act: the proposer, an endorsing parent, the deciding unit. */
  unitCode: string;
  /**
   * The role that acts within the unit (and, for appraisal and council, within its same-level bodies).
   * `board_appraiser` is the Ban Thi đua – Khen thưởng beside a province's root; `specialist` is the
   * deciding unit's own official for emulation work, where a commune, a district or a Sở appraises for
   * its own head.
   */
  role: 'leader' | 'board_appraiser' | 'specialist' | 'council_secretary';
  workingDays: number;
  /** For `post`: how many working days the list stays published. */
  postingWorkingDays?: number;
  /** For `council`: the rule the result follows. */
  council?: CouncilRule;
  /** For `forward`: the central authority that decides. */
  forwardTo?: CentralAuthority;
}

export interface AwardRoute {
  awardKey: string;
  /** The unit whose head decides, or, for a central award, the unit that forwards it. */
  decidingUnitCode: string;
  steps: AwardRouteStep[];
}
