/**
 * One pattern per kind of id or key, as regex source text: the editor's resource-locator validation and the
 * readers that guard each path both build from these, so the two can never disagree.
 */

/**
 * An issue key: its project key (a letter, then letters, digits or underscores, per Atlassian's "Changing the
 * project key format", confluence.atlassian.com/adminjiraserver/changing-the-project-key-format-938847081.html),
 * a dash and the issue's sequential number, which Jira counts from 1 ("Working with issues", Jira Cloud docs), so
 * ITS-0 is no key. Lower case is taken and upper-cased by the reader, as users type keys either way.
 */
export const ISSUE_KEY = '[A-Za-z][A-Za-z0-9_]*-[1-9][0-9]*';

/** A numeric id (service desk, request, organization, ...): Jira's ids start at 1. */
export const NUMERIC_ID = '[1-9][0-9]*';

/** An Atlassian account ID (`5b10ac8d82e05b22cc7d4ef5`, `qm:...` for portal-only customers). */
export const ACCOUNT_ID = '[A-Za-z0-9:_-]{1,128}';

/** A Jira Data Center username, which may hold dots and @ (portal customers' usernames are often email addresses). */
export const USERNAME = '[^\\s,]{1,255}';

/** An Assets object key: the schema's key, a dash, a number (ITAM-88). */
export const OBJECT_KEY = '[A-Za-z][A-Za-z0-9]*-[1-9][0-9]*';

/** A JSM Operations id (alert, schedule, team): a UUID, alerts' with a timestamp added; letters, digits, - and _. */
export const OPS_ID = '[A-Za-z0-9_-]{1,128}';

/** The whole text matches the pattern (for readers). */
export const whole = (...patterns: string[]) => new RegExp(`^(?:${patterns.join('|')})$`);
