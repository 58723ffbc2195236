/** Badge text for the elapsed time: "12m", "1h05" — four characters fit the toolbar. */
export function elapsedBadgeText(startedAt: number, now: number): string {
  const minutes = Math.max(0, Math.floor((now - startedAt) / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours > 9) return `${hours}h`;
  return `${hours}h${String(minutes % 60).padStart(2, '0')}`;
}
