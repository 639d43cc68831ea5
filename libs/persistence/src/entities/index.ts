import { LevelEntity } from './level.entity';
import { OfficialRoleEntity } from './official-role.entity';
import { OfficialEntity } from './official.entity';
import { UnitEntity } from './unit.entity';

export { LevelEntity, OfficialEntity, OfficialRoleEntity, UnitEntity };

export const ENTITIES = [LevelEntity, UnitEntity, OfficialEntity, OfficialRoleEntity];
