import { createHmac, timingSafeEqual } from 'crypto';

function equalInConstantTime(a: Buffer, b: Buffer): boolean {
	return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Checks Jira's `X-Hub-Signature: sha256=<hex HMAC-SHA256 of the raw body>` in constant time.
 * Anything else (missing header, other algorithm, malformed hex, another body) is refused.
 */
export function isValidHubSignature(rawBody: Buffer, header: unknown, secret: string): boolean {
	if (typeof header !== 'string' || !secret) return false;
	const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
	if (!match) return false;
	const expected = createHmac('sha256', secret).update(rawBody).digest();
	return equalInConstantTime(Buffer.from(match[1], 'hex'), expected);
}

function base64UrlDecode(part: string): Buffer {
	return Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** Clock difference between Jira and n8n that is tolerated for `iat` and `exp`. */
const CLOCK_SKEW_SECONDS = 60;

/**
 * Dynamic webhooks of OAuth2 apps carry no X-Hub-Signature: Jira signs them with a JWT (HS256, the app's
 * client secret) in the Authorization header (nango.dev Jira webhooks guide; QuackbackIO/quackback PR #366,
 * lobu-ai/lobu PR #2754). Returns why the token is refused, or undefined when it is valid: HS256 only,
 * signature checked in constant time, an expiry (`exp`) required and not passed, not issued in the future,
 * and when it names an audience, it must be this app (its client ID).
 */
export function appJwtProblem(
	header: unknown,
	app: { clientId: string; clientSecret: string },
	nowSeconds = Date.now() / 1000,
): string | undefined {
	if (typeof header !== 'string' || !header.trim()) return 'no Authorization JWT';
	if (!app.clientSecret) return 'the credential has no client secret to check the JWT with';
	const token = header.replace(/^(Bearer|JWT)\s+/i, '').trim();
	const parts = token.split('.');
	if (parts.length !== 3) return 'the Authorization header is not a JWT';
	let headerJson: { alg?: string };
	let claims: { exp?: unknown; iat?: unknown; aud?: unknown };
	try {
		headerJson = JSON.parse(base64UrlDecode(parts[0]).toString('utf8'));
		claims = JSON.parse(base64UrlDecode(parts[1]).toString('utf8'));
	} catch {
		return 'the JWT cannot be decoded';
	}
	if (headerJson.alg !== 'HS256') return `the JWT is signed with ${String(headerJson.alg)}, not HS256`;
	const expected = createHmac('sha256', app.clientSecret).update(`${parts[0]}.${parts[1]}`).digest();
	if (!equalInConstantTime(base64UrlDecode(parts[2]), expected)) return "the JWT's signature does not match the app's client secret";
	if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) return 'the JWT has no expiry (exp)';
	if (claims.exp + CLOCK_SKEW_SECONDS <= nowSeconds) return `the JWT expired at ${new Date(claims.exp * 1000).toISOString()}`;
	if (typeof claims.iat === 'number' && claims.iat - CLOCK_SKEW_SECONDS > nowSeconds) return 'the JWT is issued in the future (iat)';
	const audiences = claims.aud === undefined ? [] : ([] as unknown[]).concat(claims.aud).map(String);
	if (audiences.length && app.clientId && !audiences.includes(app.clientId)) return `the JWT is meant for another app (aud ${audiences.join(', ')})`;
	return undefined;
}
