import { draftFromTemplate, type ParticipantSelector } from '@tdkt/domain';
import { levelRanks, orderedLevels, orgContextOf, selectedByRule, toggleParticipant } from './org-snapshot';
import { readDemoProvince } from './spec-fixtures';

describe('the part of the unit tree the page has read', () => {
  const org = orgContextOf(readDemoProvince(), 'TQ');

  it('holds the units read and their children, each with its path from the root', () => {
    expect(org.units.get('TQ')?.path).toBe('/TQ/');
    expect(org.units.get('TQ-SD')?.path).toBe('/TQ/TQ-SD/');
    expect(org.units.get('TQ-YS-LANGQUAN')?.path).toBe('/TQ/TQ-YS/TQ-YS-LANGQUAN/');
    expect(org.units.size).toBe(7);
  });

  it('ranks levels going down from the root', () => {
    expect(orderedLevels(org.levels)).toEqual(['tinh', 'huyen', 'xa']);
    expect(levelRanks(new Map(), 'TQ').size).toBe(0);
  });

  it('is enough to fill a template the way the API does: issuer, place, levels, the appraiser named', () => {
    const template = {
      templateKey: 't',
      bodies: { appraiser: { kind: 'so', description: 'Sở Nội vụ' } },
      plan: {
        issuer: { unitCode: '{{issuer}}' },
        place: '{{place}}',
        year: '{{year}}',
        levels: ['{{level}}', '{{level+2}}'],
        by: '{{appraiser}}',
      },
    };
    const filled = draftFromTemplate(template, org, { issuerUnitCode: 'TQ', year: 2027, bodies: { appraiser: 'TQ-SNV' } });
    expect(filled).toEqual({
      ok: true,
      draft: { templateKey: 't', issuer: { unitCode: 'TQ' }, place: 'Tuyên Quang', year: 2027, levels: ['tinh', 'xa'], by: 'TQ-SNV' },
    });
    // Two departments: the appraiser is not guessed.
    expect(draftFromTemplate(template, org, { issuerUnitCode: 'TQ', year: 2027 }).ok).toBe(false);
  });
});

describe('ticking units on the tree', () => {
  const org = orgContextOf(readDemoProvince(), 'TQ');
  const issuer = org.units.get('TQ');
  const communes: ParticipantSelector = { levels: ['xa'] };

  it('knows which units the levels and kinds take in', () => {
    expect(selectedByRule(communes, org.units.get('TQ-YS-LANGQUAN')!, issuer)).toBe(true);
    expect(selectedByRule(communes, org.units.get('TQ-YS')!, issuer)).toBe(false);
    expect(selectedByRule({}, org.units.get('TQ-YS-LANGQUAN')!, issuer)).toBe(false);
    expect(selectedByRule({ levels: ['tinh'] }, issuer!, issuer)).toBe(false);
  });

  it('leaves out by name a unit the rule takes in, and takes it back', () => {
    const excluded = toggleParticipant(communes, 'TQ-YS-LANGQUAN', true, true);
    expect(excluded).toEqual({ levels: ['xa'], unitCodes: [], excludeUnitCodes: ['TQ-YS-LANGQUAN'] });
    expect(toggleParticipant(excluded, 'TQ-YS-LANGQUAN', true, false)).toEqual({ levels: ['xa'], unitCodes: [], excludeUnitCodes: [] });
  });

  it('adds by name a unit the rule leaves out, and removes it again', () => {
    const added = toggleParticipant(communes, 'TQ-SNV', false, false);
    expect(added).toEqual({ levels: ['xa'], unitCodes: ['TQ-SNV'], excludeUnitCodes: [] });
    expect(toggleParticipant(added, 'TQ-SNV', false, true)).toEqual({ levels: ['xa'], unitCodes: [], excludeUnitCodes: [] });
  });
});
