// The system-test harness, for other end-to-end suites (tests/e2e drives the web app against the same real stack).
export { SystemUnderTest, Official, eventually, DEMO_PASSWORD } from './system-under-test';
export { CampaignFlow } from './campaign-flow';
export { draftAndSign } from './draft-and-sign';
export { compressPlan, hourlyPlan, QUIET_REMINDERS } from './compressed-plan';
