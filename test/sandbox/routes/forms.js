'use strict';
// The Forms REST API (Cloud) on api.atlassian.com/jira/forms/cloud/{cloudId}: a project's form templates, the forms
// attached to an issue (a request is an issue), their answers and their state. Atlassian publishes no OpenAPI file for
// it, so its contract is the hand-written model scripts/models/forms-cloud.json, taken from the reference pages
// developer.atlassian.com/cloud/forms/rest/api-group-forms-on-issue/ and .../api-group-forms-on-project/.
const crypto = require('node:crypto');
const { HttpError, json } = require('../http');
const { findIssue } = require('../state');
const { isAdmin, isAgent, canSeeRequest } = require('../roles');

/** The ApiErrorsResponse every Forms operation answers errors with (e.g. 404 FORM_NOT_FOUND, support.atlassian.com KB
 * "How to find the correct form ID to perform actions on a form associated to an issue"). */
function formsError(status, code, title, detail, context = []) {
	return new HttpError(status, { errors: [{ status, code, title, detail, context }] });
}

/**
 * Seeded on first use: every service desk project gets the same two templates, and the first is the form of each of
 * its request types (JSM links one form to a request type; its answers come with POST /request as `form`).
 */
function formsState(state) {
	if (state.forms) return state.forms;
	const templates = new Map();
	for (const desk of state.serviceDesks.values()) {
		const project = state.projects.get(desk.projectId);
		const list = [laptopTemplate(), accessTemplate()].map((design) => ({ id: crypto.randomUUID(), projectId: project.id, design, updated: Date.now() }));
		templates.set(project.id, list);
	}
	state.forms = { templates, byIssue: new Map() };
	return state.forms;
}

/** A template as Forms keeps it: no conditions or sections, one empty layout; `lock` keeps a submitted form closed. */
const formTemplate = (name, lock, questions) => ({
	conditions: {},
	layout: [{ version: 1, type: 'doc', content: [] }],
	sections: {},
	settings: { name, language: 'en', submit: { lock, pdf: false } },
	questions,
});

const laptopTemplate = () =>
	formTemplate('Laptop request', false, {
		1: { type: 'ts', label: 'Laptop model', validation: { rq: true } },
		2: { type: 'cs', label: 'Operating system', choices: [{ id: '1', label: 'macOS' }, { id: '2', label: 'Windows' }, { id: '3', label: 'Linux' }] },
		3: { type: 'da', label: 'Needed by' },
	});

// A locked form cannot be reopened by agents once submitted, only by project administrators.
const accessTemplate = () =>
	formTemplate('Access request', true, {
		1: { type: 'tl', label: 'System', validation: { rq: true } },
		2: { type: 'cm', label: 'Access level', choices: [{ id: '1', label: 'Read' }, { id: '2', label: 'Write' }, { id: '3', label: 'Admin' }] },
	});

const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Before every Forms handler: the cloud id must be the site's; Data Center has no Forms API (ProForma's own API there);
 * "Forms on Issue" is the agents' group (customers use "Forms on Customer Request"), and the issue must be visible.
 */
function loadIssue(ctx) {
	if (ctx.sb.dataCenter || ctx.params.cloudId !== ctx.state.cloudId) throw formsError(404, 'NOT_FOUND', 'Not Found', 'No site has this cloud ID.');
	const issue = findIssue(ctx.state, ctx.params.issueIdOrKey);
	const context = [{ type: 'issue', id: String(ctx.params.issueIdOrKey) }];
	if (!issue || !canSeeRequest(ctx.state, ctx.user.accountId, issue)) throw formsError(404, 'ISSUE_NOT_FOUND', 'Issue Not Found', 'The provided issue was not found.', context);
	if (!isAgent(ctx.state, ctx.user.accountId)) throw formsError(403, 'FORBIDDEN', 'Forbidden', 'You do not have permission to work with forms on this issue.', context);
	return issue;
}

function formsOf(ctx, issue) {
	const all = formsState(ctx.state).byIssue;
	if (!all.has(issue.id)) all.set(issue.id, []);
	return all.get(issue.id);
}

function loadForm(ctx) {
	const issue = loadIssue(ctx);
	const form = formsOf(ctx, issue).find((f) => f.id === ctx.params.formId);
	if (!form) {
		throw formsError(404, 'FORM_NOT_FOUND', 'Form Not Found', 'The provided form ID was not found.', [{ type: 'issue', id: issue.id }, { type: 'form', id: ctx.params.formId }]);
	}
	return { issue, form };
}

/** A copy of the template on the issue: its own id, internal and open until changed (also how tests put a form in place). */
function addForm(state, issue, template, now, answers = {}) {
	const all = formsState(state).byIssue;
	if (!all.has(issue.id)) all.set(issue.id, []);
	const form = { id: crypto.randomUUID(), templateId: template.id, design: structuredClone(template.design), visibility: 'i', status: 'o', answers, updated: now };
	all.get(issue.id).push(form);
	state.version++;
	return form;
}

const attachCopy = (ctx, issue, template) => addForm(ctx.state, issue, template, ctx.site.now());

const formDto = (form) => ({ id: form.id, updated: iso(form.updated), design: form.design, state: { visibility: form.visibility, status: form.status, answers: form.answers } });

const indexEntry = (form) => ({
	id: form.id,
	formTemplate: { id: form.templateId },
	internal: form.visibility === 'i',
	lock: form.status === 'l',
	name: form.design.settings.name,
	submitted: form.status !== 'o',
	updated: iso(form.updated),
});

const statusDto = (form) => ({ status: form.status, visibility: form.visibility });

/** Answers must name questions of the form and fit each question's type (text, date, choices of its own). */
function answerProblems(form, answers) {
	const problems = [];
	for (const [questionId, answer] of Object.entries(answers)) {
		const question = form.design.questions[questionId];
		if (!question) {
			problems.push(`Question ${questionId} is not on the form`);
			continue;
		}
		if (answer.choices) {
			const known = new Set((question.choices || []).map((choice) => choice.id));
			const unknown = answer.choices.find((id) => !known.has(id));
			if (unknown !== undefined) problems.push(`Choice ${unknown} is not an option of question ${questionId}`);
		}
		if (answer.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(answer.date)) problems.push(`Question ${questionId} takes a date as yyyy-MM-dd`);
	}
	return problems;
}

function refuseAnswers(form, answers) {
	const problems = answerProblems(form, answers);
	if (problems.length) throw formsError(400, 'INVALID_ANSWERS', 'Invalid Answers', problems.join('. '), [{ type: 'form', id: form.id }]);
}

function simplifiedAnswer(question, answer) {
	if (!answer) return '';
	if (answer.choices) return answer.choices.map((id) => (question.choices || []).find((choice) => choice.id === id)?.label ?? id).join(', ');
	if (answer.users) return answer.users.join(', ');
	return answer.text ?? answer.date ?? answer.time ?? '';
}

function submit(ctx, issue, form) {
	const missing = Object.entries(form.design.questions).filter(([id, question]) => question.validation?.rq && !form.answers[id]);
	if (missing.length) {
		const labels = missing.map(([, question]) => question.label).join(', ');
		throw formsError(400, 'FORM_INCOMPLETE', 'Form Incomplete', `Required questions are not answered: ${labels}`, [{ type: 'form', id: form.id }]);
	}
	form.status = form.design.settings.submit?.lock ? 'l' : 's';
	form.updated = ctx.site.now();
	ctx.state.version++;
}

function change(ctx, apply) {
	const { form } = loadForm(ctx);
	apply(form);
	form.updated = ctx.site.now();
	ctx.state.version++;
	return json(200, statusDto(form));
}

/**
 * POST /rest/servicedeskapi/request with `form` (RequestCreateDTO.form in the JSM OpenAPI file: answers to the form
 * linked to the request type). Checked before the request exists; returns what to apply once it does.
 */
function requestFormAnswers(ctx, requestType, form) {
	const templates = formsState(ctx.state).templates.get(ctx.state.serviceDesks.get(requestType.serviceDeskId).projectId) || [];
	const template = templates[0];
	if (!template) throw ctx.error(400, 'This request type has no form to answer.', { i18nKey: 'sd.request.create.error.form' });
	const answers = form.answers || {};
	const problems = answerProblems({ design: template.design }, answers);
	if (problems.length) throw ctx.error(400, `Your request could not be created. ${problems.join('. ')}`, { i18nKey: 'sd.request.create.error.form' });
	return (issue) => {
		const attached = attachCopy(ctx, issue, template);
		attached.answers = structuredClone(answers);
		attached.visibility = 'e';
		attached.status = template.design.settings.submit?.lock ? 'l' : 's';
	};
}

module.exports = {
	requestFormAnswers,
	formsState,
	addForm,
	'GET /jira/forms/cloud/{cloudId}/project/{projectIdOrKey}/form': (ctx) => {
		if (ctx.sb.dataCenter || ctx.params.cloudId !== ctx.state.cloudId) throw formsError(404, 'NOT_FOUND', 'Not Found', 'No site has this cloud ID.');
		const ref = String(ctx.params.projectIdOrKey).toUpperCase();
		const project = [...ctx.state.projects.values()].find((p) => p.id === ref || p.key === ref);
		const templates = project && formsState(ctx.state).templates.get(project.id);
		if (!templates) throw formsError(404, 'PROJECT_NOT_FOUND', 'Project Not Found', 'The provided project was not found.', [{ type: 'project', id: ref }]);
		return json(200, templates.map((t) => ({ id: t.id, name: t.design.settings.name, updated: iso(t.updated) })));
	},
	'GET /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form': (ctx) => json(200, formsOf(ctx, loadIssue(ctx)).map(indexEntry)),
	'POST /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form': (ctx) => {
		const issue = loadIssue(ctx);
		const templates = formsState(ctx.state).templates.get(issue.projectId) || [];
		const template = templates.find((t) => t.id === ctx.body.formTemplate.id);
		if (!template) {
			throw formsError(404, 'FORM_TEMPLATE_NOT_FOUND', 'Form Template Not Found', "The form template is not one of the issue's project.", [{ type: 'formTemplate', id: ctx.body.formTemplate.id }]);
		}
		return json(200, formDto(attachCopy(ctx, issue, template)));
	},
	'GET /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}': (ctx) => json(200, formDto(loadForm(ctx).form)),
	'PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}': (ctx) => {
		const { form } = loadForm(ctx);
		// Submitted forms take no answers until reopened.
		if (form.status !== 'o') throw formsError(409, 'FORM_NOT_OPEN', 'Form Not Open', 'The form is submitted; reopen it to change its answers.', [{ type: 'form', id: form.id }]);
		refuseAnswers(form, ctx.body.answers);
		Object.assign(form.answers, ctx.body.answers);
		form.updated = ctx.site.now();
		ctx.state.version++;
		return json(200, formDto(form));
	},
	'GET /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/format/answers': (ctx) => {
		const { form } = loadForm(ctx);
		return json(200, Object.entries(form.design.questions).map(([id, question]) => ({ label: question.label, answer: simplifiedAnswer(question, form.answers[id]) })));
	},
	'PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/action/submit': (ctx) => {
		const { issue, form } = loadForm(ctx);
		if (form.status !== 'o') throw formsError(409, 'FORM_NOT_OPEN', 'Form Not Open', 'The form is already submitted.', [{ type: 'form', id: form.id }]);
		submit(ctx, issue, form);
		return json(200, statusDto(form));
	},
	'PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/action/reopen': (ctx) =>
		change(ctx, (form) => {
			if (form.status === 'l' && !isAdmin(ctx.state, ctx.user.accountId)) {
				throw formsError(403, 'FORM_LOCKED', 'Form Locked', 'The form is locked: only a project administrator can reopen it.', [{ type: 'form', id: form.id }]);
			}
			form.status = 'o';
		}),
	'PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/action/external': (ctx) => change(ctx, (form) => (form.visibility = 'e')),
	'PUT /jira/forms/cloud/{cloudId}/issue/{issueIdOrKey}/form/{formId}/action/internal': (ctx) => change(ctx, (form) => (form.visibility = 'i')),
};
