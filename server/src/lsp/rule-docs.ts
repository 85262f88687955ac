// Diagnostics link to the rule's page shipped next to the bundle (dist/../docs/rules),
// so the link works offline and in the packaged extension alike.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isRuleId } from '../../../shared/src/rules';

const hrefs = new Map<string, string>();

/** The docs page of a built-in rule as a file URI; custom rules have none. */
export function ruleDocsHref(ruleId: string): string | undefined {
  if (!isRuleId(ruleId)) return undefined;
  let href = hrefs.get(ruleId);
  if (href === undefined) {
    href = pathToFileURL(path.join(__dirname, '..', 'docs', 'rules', ruleId + '.md')).href;
    hrefs.set(ruleId, href);
  }
  return href;
}
