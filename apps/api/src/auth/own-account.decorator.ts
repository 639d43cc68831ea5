import { SetMetadata } from '@nestjs/common';

export const OWN_ACCOUNT = 'ownAccount';

/**
 * A route that touches only the signed-in official's own account or session (who am I, change my password, sign out):
 * open to read-only roles, and the only routes left while a password given by an administrator must be changed.
 */
export const OwnAccount = () => SetMetadata(OWN_ACCOUNT, true);
