const MINUTE = 60_000;

/** Jira's timestamps (`2024-01-15T10:30:00.000+0000`) in milliseconds; NaN when there is none. */
export function parseJiraTime(value: unknown): number {
	return typeof value === 'string' ? Date.parse(value) : NaN;
}

/**
 * A JQL lower bound that reaches back to `target` as a period relative to Jira's own clock when it runs
 * the search (`"-17m"`: JQL dates take "w", "d", "h" or "m" relative to the current time,
 * https://support.atlassian.com/jira-work-management/docs/advanced-search-reference-jql-fields). Unlike a
 * wall-clock date it does not depend on the account's time zone, nor on clocks going back. It is whole
 * minutes, one more than needed, so the search (which runs a moment after `now`) still reaches `target`.
 */
export function relativeBound(target: number, now: number): string {
	return `-${Math.max(1, Math.ceil((now - target) / MINUTE) + 1)}m`;
}
