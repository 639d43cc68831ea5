/** The campaign the dashboard opens on: the newest running one (by issue date), else the newest of any status. */
export function defaultCampaignId(
  campaigns: readonly { id: string; status: string; issuedAt: string | null; createdAt: string }[],
): string | undefined {
  const newest = (a: (typeof campaigns)[number], b: (typeof campaigns)[number]) =>
    Date.parse(b.issuedAt ?? b.createdAt) - Date.parse(a.issuedAt ?? a.createdAt);
  const running = campaigns.filter((c) => c.status === 'running').sort(newest);
  return (running[0] ?? [...campaigns].sort(newest)[0])?.id;
}
