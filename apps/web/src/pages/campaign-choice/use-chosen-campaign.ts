import { useSearchParams } from 'react-router';

/** The search parameter a campaign is chosen by on the audit and dashboard pages (auditPath in app/paths builds it). */
export const CAMPAIGN_PARAM = 'phong-trao';

/**
 * The campaign chosen in the address (?phong-trao=…), so a reload or a shared link opens the same one, and how to
 * choose another (or none) without adding a step to the browser's history.
 */
export function useChosenCampaign(): [string | undefined, (next: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const choose = (next: string | undefined) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set(CAMPAIGN_PARAM, next);
        else updated.delete(CAMPAIGN_PARAM);
        return updated;
      },
      { replace: true },
    );
  return [params.get(CAMPAIGN_PARAM) ?? undefined, choose];
}
