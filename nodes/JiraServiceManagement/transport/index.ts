export { API_TOKEN_CREDENTIAL, CONNECTED_APP_CREDENTIAL, credentialTypeOf, type JsmContext } from './context';
export { baseUrlOf, connectionFor } from './connection';
export { atlassianErrorText, apiError, failedResponseOf } from './errors';
export {
	clampConcurrency,
	DEFAULT_CONCURRENCY,
	DEFAULT_RATE_LIMIT_WAIT_MS,
	gateFor,
	MAX_CONCURRENCY,
	openGate,
	PREFETCH_PAGES,
	RateLimitWaitTooLong,
	RequestGate,
} from './gate';
export { JSM_PAGE_SIZE, paginateCursor, paginateOffset, paginateStartAt, paginateToken, type PageOptions } from './pagination';
export { jsmApiRequest, retryDelayMs, segment, type JsmRequest } from './request';
export { customUrl, customUrlProblem, siteProblem, siteUrl } from './siteAddress';
export { forOperation, setOperationLabel } from './operationLabel';
export { expectedShape, RESPONSE_SHAPES, type Shape } from './responseShape';
export { requestTimeoutOf, setRequestTimeout } from './timeout';
