import { createContext, useContext } from 'react';

/**
 * The delegation (TUQ.) the dossier's action forms send their action under, as chosen above them; undefined in the
 * official's own capacity. A context, so each form need not be handed it.
 */
export const DossierDelegationContext = createContext<string | undefined>(undefined);

export const useDossierDelegation = (): string | undefined => useContext(DossierDelegationContext);
