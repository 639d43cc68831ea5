import { ApiProperty } from '@nestjs/swagger';

/** A unit whose head may decide: a level of the tree and, when given, the kinds of unit at it. */
export class DecidingUnitView {
  @ApiProperty({ example: 'xa' }) levelCode!: string;
  @ApiProperty({ type: [String], nullable: true, example: ['ubnd'], description: 'Any kind at the level when null' })
  unitKinds!: string[] | null;
}
