export { API_TOKEN_CREDENTIAL, CONNECTED_APP_CREDENTIAL, credentialTypeOf, type JsmContext } from './context';
export { baseUrlOf, connectionFor, siteAddressFor, type Deployment } from './connection';
export { atlassianErrorText, apiError, failedResponseOf } from './errors';
export {
	clampConcurrency,
	DEFAULT_CONCURRENCY,
	gateFor,
	MAX_CONCURRENCY,
	openGate,
	PREFETCH_PAGES,
	RequestGate,
} from './gate';
export { JQL_ID_PAGE_SIZE, searchIssuesByJql, type JqlSearch } from './jqlSearch';
export { JSM_PAGE_SIZE, paginateOffset, paginateStartAt, paginateToken, type PageOptions } from './pagination';
export { deploymentOf, jsmApiRequest, retryDelayMs, segment, type JsmRequest } from './request';
export { customUrl, customUrlProblem, siteProblem, siteUrl } from './siteAddress';
export { requestTimeoutOf, setRequestTimeout } from './timeout';
