import type { Nomination, Nominee } from '@tdkt/domain';
import type { NominationDto } from './nomination.dto';
import type { NomineeDto } from './nominee.dto';

/** The request's nominee as the domain's: the fields of its kind, trimmed; the award rules then say what is missing. */
export function toNomination(dto: NominationDto): Nomination {
  return {
    nominee: toNominee(dto.nominee),
    achievements: dto.achievements.trim(),
    ...(dto.initiative
      ? {
          initiative: {
            title: dto.initiative.title.trim(),
            ...(dto.initiative.recognisedBy ? { recognisedBy: dto.initiative.recognisedBy.trim() } : {}),
          },
        }
      : {}),
  };
}

const text = (value: string | undefined) => value?.trim() ?? '';

function toNominee(dto: NomineeDto): Nominee {
  switch (dto.kind) {
    case 'individual':
      return {
        kind: 'individual',
        fullName: text(dto.fullName),
        personalId: text(dto.personalId),
        position: text(dto.position),
        ...(dto.birthYear ? { birthYear: dto.birthYear } : {}),
        ...(dto.unitCode ? { unitCode: dto.unitCode } : {}),
      };
    case 'collective':
      return { kind: 'collective', name: text(dto.name), unitCode: text(dto.unitCode) };
    case 'household':
      return { kind: 'household', headFullName: text(dto.headFullName), address: text(dto.address) };
    case 'enterprise':
      return { kind: 'enterprise', name: text(dto.name), taxCode: text(dto.taxCode), address: text(dto.address) };
  }
}
