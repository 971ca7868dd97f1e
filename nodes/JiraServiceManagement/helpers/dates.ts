/**
 * Dates as Jira takes them in field values (JSM "Field input formats"): a Date is the calendar day
 * `yyyy-MM-dd`; a Date Time is `yyyy-MM-dd'T'HH:mm:ss.SSSZ` with a numeric offset, e.g.
 * `2015-11-18T14:39:00.000+1100`. Jira does not parse a trailing `Z` or an offset with a colon
 * (atlassian/atlascode PR #1542, sooperset/mcp-atlassian #709 and #863), so `toISOString()` is never sent.
 */

interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	millisecond: number;
}

/** What a value names: a moment in time, or a wall-clock reading without a zone. */
type Reading = { instant: number } | { wallClock: WallClock };

/** The part of a Luxon DateTime read here (n8n's resource mapper hands `dateTime` columns over as these). */
interface LuxonLike extends WallClock {
	isValid: boolean;
	zone: { type: string };
	toMillis(): number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function isLuxon(value: unknown): value is LuxonLike {
	return typeof value === 'object' && value !== null && typeof (value as LuxonLike).toMillis === 'function' && 'zone' in value;
}

function validWallClock(clock: WallClock): boolean {
	const date = new Date(Date.UTC(clock.year, clock.month - 1, clock.day));
	return (
		date.getUTCFullYear() === clock.year &&
		date.getUTCMonth() === clock.month - 1 &&
		date.getUTCDate() === clock.day &&
		clock.hour < 24 &&
		clock.minute < 60 &&
		clock.second < 60
	);
}

function offsetOf(text: string): number {
	if (text.toUpperCase() === 'Z') return 0;
	const digits = text.replace(':', '');
	const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0);
	return digits.startsWith('-') ? -minutes : minutes;
}

function utcOf(clock: WallClock): number {
	return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second, clock.millisecond);
}

function readText(text: string): Reading | undefined {
	const match = ISO.exec(text.trim());
	if (!match) return undefined;
	const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', offset] = match;
	const wallClock: WallClock = {
		year: Number(year),
		month: Number(month),
		day: Number(day),
		hour: Number(hour),
		minute: Number(minute),
		second: Number(second),
		millisecond: Number(fraction.padEnd(3, '0').slice(0, 3)),
	};
	if (!validWallClock(wallClock)) return undefined;
	return offset === undefined ? { wallClock } : { instant: utcOf(wallClock) - offsetOf(offset) * 60_000 };
}

/**
 * A Luxon DateTime parsed from text that carried an offset has a fixed-offset zone: that names an instant.
 * One parsed from text without an offset got whatever zone Luxon's default was at that moment (the n8n
 * instance's, or the zone of the last workflow whose expressions ran): only its wall clock is the user's.
 */
function read(value: unknown): Reading | undefined {
	if (isLuxon(value)) {
		if (!value.isValid) return undefined;
		if (value.zone.type === 'fixed') return { instant: value.toMillis() };
		const { year, month, day, hour, minute, second, millisecond } = value;
		return { wallClock: { year, month, day, hour, minute, second, millisecond } };
	}
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : { instant: value.getTime() };
	if (typeof value === 'number') return Number.isFinite(value) ? { instant: value } : undefined;
	if (typeof value === 'string') return readText(value);
	return undefined;
}

function wallClockAt(instant: number, timeZone: string): WallClock {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(instant));
	const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	return {
		year: part('year'),
		month: part('month'),
		day: part('day'),
		hour: part('hour'),
		minute: part('minute'),
		second: part('second'),
		millisecond: ((instant % 1000) + 1000) % 1000,
	};
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetAt(instant: number, timeZone: string): number {
	return Math.round((utcOf(wallClockAt(instant, timeZone)) - instant) / 60_000);
}

/** The instant a wall-clock reading names in the zone (the later reading when a clock change repeats it). */
function instantOf(clock: WallClock, timeZone: string): number {
	const guess = utcOf(clock);
	const first = guess - offsetAt(guess, timeZone) * 60_000;
	return guess - offsetAt(first, timeZone) * 60_000;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
const dayOf = (clock: WallClock) => `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;

/**
 * A Date field's value: the calendar day the user gave (the day written in a text, the day on a DateTime's
 * own clock), never the UTC day, which is the day before for midnight east of Greenwich. Only a bare
 * instant (a JavaScript Date or a timestamp) is placed in the workflow's time zone.
 */
export function toJiraDate(value: unknown, timeZone: string): string | undefined {
	const reading = read(value);
	if (!reading) return undefined;
	if ('wallClock' in reading) return dayOf(reading.wallClock);
	const written = typeof value === 'string' ? ISO.exec(value.trim()) : null;
	return written ? `${written[1]}-${written[2]}-${written[3]}` : dayOf(wallClockAt(reading.instant, timeZone));
}

/**
 * A Date Time field's value with the numeric offset of the workflow's time zone. A reading without an
 * offset is taken as wall-clock time in that zone; one with an offset keeps its instant.
 */
export function toJiraDateTime(value: unknown, timeZone: string): string | undefined {
	const reading = read(value);
	if (!reading) return undefined;
	const instant = 'instant' in reading ? reading.instant : instantOf(reading.wallClock, timeZone);
	const clock = wallClockAt(instant, timeZone);
	const offset = offsetAt(instant, timeZone);
	const sign = offset < 0 ? '-' : '+';
	return (
		`${dayOf(clock)}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}.${pad(clock.millisecond, 3)}` +
		`${sign}${pad(Math.trunc(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`
	);
}
