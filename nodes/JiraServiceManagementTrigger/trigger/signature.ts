import { createHmac, randomBytes, timingSafeEqual } from 'crypto';

/** A fresh secret per registration: 32 random bytes, hex. */
export function newWebhookSecret(): string {
	return randomBytes(32).toString('hex');
}

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

/**
 * Dynamic webhooks of OAuth2 apps carry no X-Hub-Signature: Jira signs them with a JWT (HS256, the app's
 * client secret) in the Authorization header. Checks signature and expiry in constant time.
 */
export function isValidAppJwt(header: unknown, clientSecret: string, nowSeconds = Date.now() / 1000): boolean {
	if (typeof header !== 'string' || !clientSecret) return false;
	const token = header.replace(/^(Bearer|JWT)\s+/i, '').trim();
	const parts = token.split('.');
	if (parts.length !== 3) return false;
	let headerJson: { alg?: string };
	let claims: { exp?: number };
	try {
		headerJson = JSON.parse(base64UrlDecode(parts[0]).toString('utf8'));
		claims = JSON.parse(base64UrlDecode(parts[1]).toString('utf8'));
	} catch {
		return false;
	}
	if (headerJson.alg !== 'HS256') return false;
	const expected = createHmac('sha256', clientSecret).update(`${parts[0]}.${parts[1]}`).digest();
	if (!equalInConstantTime(base64UrlDecode(parts[2]), expected)) return false;
	return typeof claims.exp !== 'number' || claims.exp > nowSeconds;
}
