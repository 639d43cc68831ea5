import { ApiProperty } from '@nestjs/swagger';

/** What the signed-in official may do now on the dossier in a leader's place, under one delegation they hold (TUQ.). */
export class DelegatedDossierActionsView {
  @ApiProperty({ description: 'The delegation to send as `delegationId` with any of these actions' }) delegationId!: string;
  @ApiProperty({ description: 'The delegating leader, in whose place the official acts' }) leaderFullName!: string;
  @ApiProperty({ description: 'The leader’s unit, whose step these actions take' }) leaderUnitCode!: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'When the delegation ends' }) endsAt!: string;
  @ApiProperty({
    type: [String],
    description: 'The actions the dossier’s rules accept now from the official acting for the leader, and not in their own capacity',
  })
  actions!: string[];
}
