const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** How far clocks go back when daylight saving time ends (30 minutes on Lord Howe Island, else an hour). */
const CLOCK_SHIFTS = [30 * MINUTE, HOUR, 2 * HOUR];

/** Jira's timestamps (`2024-01-15T10:30:00.000+0000`) in milliseconds; NaN when there is none. */
export function parseJiraTime(value: unknown): number {
	return typeof value === 'string' ? Date.parse(value) : NaN;
}

/** Whether `timeZone` is a zone this runtime knows (Jira reports IANA names such as Europe/Berlin). */
export function isKnownTimeZone(timeZone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone });
		return true;
	} catch {
		return false;
	}
}

/** The wall-clock minute of `ms` in `timeZone`, as JQL writes it: `yyyy/MM/dd HH:mm`. */
export function wallClockMinute(ms: number, timeZone: string): string {
	const parts: Record<string, string> = {};
	const format = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
	});
	for (const part of format.formatToParts(ms)) parts[part.type] = part.value;
	return `${parts.year}/${parts.month}/${parts.day} ${parts.hour}:${parts.minute}`;
}

export interface JqlBound {
	/** The date-time to put in JQL, in the user's time zone. */
	jql: string;
	/** The earliest instant Jira may take it for: results can start here. */
	instant: number;
}

/**
 * A JQL lower bound for "changed at or after `ms`" as Jira reads it: in the user's time zone, to the
 * minute. Where that minute happens twice (clocks going back), Jira might read the later one and skip
 * an hour, so the bound moves back until its wall-clock minute is not repeated later.
 */
export function jqlLowerBound(ms: number, timeZone: string): JqlBound {
	let instant = Math.floor(ms / MINUTE) * MINUTE;
	const repeatsLater = (at: number) => CLOCK_SHIFTS.some((shift) => wallClockMinute(at + shift, timeZone) === wallClockMinute(at, timeZone));
	for (let step = 0; step < 3 && repeatsLater(instant); step++) instant -= HOUR;
	const jql = wallClockMinute(instant, timeZone);
	const earlier = CLOCK_SHIFTS.map((shift) => instant - shift).filter((at) => wallClockMinute(at, timeZone) === jql);
	return { jql, instant: Math.min(instant, ...earlier) };
}
