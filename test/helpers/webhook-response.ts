// A stand-in for the express response a trigger's webhook method answers through (`status(code).json(body)`,
// `end()`), keeping what it sent for the test to read.
export function recordedResponse() {
	const sent = { statusCode: 200, body: undefined as unknown };
	const response = {
		status(code: number) {
			sent.statusCode = code;
			return response;
		},
		json(body: unknown) {
			sent.body = body;
			return response;
		},
		end() {
			return response;
		},
	};
	return { sent, response };
}
