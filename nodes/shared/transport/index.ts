export { API_TOKEN_CREDENTIAL, CONNECTED_APP_CREDENTIAL, credentialTypeOf, type JsmContext } from './context';
export { assetsBaseUrlOf, baseUrlOf, connectionFor, formsBaseUrlOf, operationsBaseUrlOf, siteAddressFor, type Deployment } from './connection';
export { atlassianErrorText, apiError, failedResponseOf } from './errors';
export {
	clampConcurrency,
	DEFAULT_CONCURRENCY,
	DEFAULT_RATE_LIMIT_WAIT_MS,
	gateFor,
	MAX_CONCURRENCY,
	openGate,
	openSiteGates,
	forgetSiteGates,
	PREFETCH_PAGES,
	RateLimitWaitTooLong,
	RequestGate,
} from './gate';
export { allDataCenterUsers, dataCenterUserPage } from './dataCenterUsers';
export { JQL_ID_PAGE_SIZE, searchIssuesByJql, type JqlSearch } from './jqlSearch';
export {
	JSM_PAGE_SIZE,
	paginateCursor,
	paginateOffset,
	paginateOffsetSize,
	paginateStartAt,
	paginateToken,
	type PageOptions,
} from './pagination';
export { deploymentOf, jsmApiRequest, retryDelayMs, segment, type JsmRequest } from './request';
export { customUrl, customUrlProblem, siteProblem, siteUrl } from './siteAddress';
export { forOperation, setOperationLabel } from './operationLabel';
export { expectedShape, pageItems, RESPONSE_SHAPES, type Shape } from './responseShape';
export { requestTimeoutOf, setRequestTimeout } from './timeout';
export { ASSETS_PAGE_SIZE, assetsApiRequest, assetsWorkspaceId, paginateAssets } from './assets';
