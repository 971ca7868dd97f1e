import type { IDataObject } from 'n8n-workflow';

/**
 * The field a changelog item changed, lower-cased. The id comes first: `field` is the field's name
 * (`ChangeDetails` in Jira's platform OpenAPI file), so a custom field named "Status" would pass for the
 * status; `field` is the fallback for payloads that carry no id.
 */
export function changelogFieldOf(item: IDataObject): string {
	return String(item.fieldId ?? item.field ?? '').toLowerCase();
}
