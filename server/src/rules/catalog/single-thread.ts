import type { PhraseFamily } from '../types';

const CONTACT_NOT_PERSON = ['details', 'detail', 'info', 'information', 'form', 'forms', 'list', 'lists', 'number', 'numbers', 'email', 'e-mail', 'address', 'addresses', 'page', 'card', 'cards', 'lens', 'lenses', 'sport', 'sports', 'center', 'centre', 'tracing', 'solution', 'preferences', 'settings', 'book', 'app', 'field', 'fields', 'record', 'records', 'sync', 'data', 'photo', 'picture', 'group', 'groups', 'request', 'us'];

export const singleThread: PhraseFamily = {
  kind: 'phrase',
  id: 'single-thread',
  severity: 'information',
  message: 'Relying on one person leaves you stranded when they leave or lack political muscle. Name more than one stakeholder.',
  patterns: [
    { match: '(my|our) (only |one |sole |single |main |primary |key |best |lone |inside |internal |trusted )?(contact|champion|coach|guy|gal|person|man|woman|insider|buddy|friend|connection|sponsor|advocate|ally|source)( at| in| over at| inside)', anchor: 'contact', guard: { unlessPrev: ['with', 'in', 'to', 'for', 'of', 'by', 'about', 'from'] }, fix: { replace: ['our contacts at', 'our stakeholders at'] } },
    { match: '(my) (only |one |sole |single |main |primary |key |best |lone |inside |internal |trusted )?(contact|champion|coach)', guard: { unlessNext: CONTACT_NOT_PERSON, unlessPrev: ['update', 'updated', 'edit', 'change', 'changed', 'sync', 'synced', 'import', 'imported', 'export', 'exported'] }, fix: { replace: ['our contacts', 'our stakeholders'] } },
    { match: '(our|the|their) (only|one|sole|single|lone) (contact|champion|coach|point of contact|relationship|connection|person|sponsor|advocate|ally|insider)', guard: { unlessNext: CONTACT_NOT_PERSON, unlessSentenceHas: ['support', 'helpdesk', 'help desk', 'for billing', 'for questions', 'questions', 'emergency', 'emergencies', 'after hours', 'on-call', 'oncall', 'escalation path'] }, fix: { replace: ['our contacts', 'our stakeholders'] } },
    { match: '(my guy|my gal|my friend on the inside|my inside man|my inside guy|my inside person|my inside contact)( at| in| over at| inside)?', guard: { unlessSentenceHas: ['boyfriend', 'girlfriend', 'husband', 'wife', 'dog', 'hair', 'haircut', 'barber', 'mechanic', 'plumber', 'dentist', 'trainer', 'date', 'dating', 'love', 'kiss', 'married', 'wedding', 'gym', 'team won', 'game', 'shot'] }, fix: { replace: ['our contacts', 'our stakeholders'] } },
    { match: '(my man|my buddy)( at| in| over at| inside)', guard: { requireSentenceHas: ['account', 'deal', 'customer', 'client', 'prospect', 'company', 'buyer', 'procurement', 'sign', 'signed', 'pricing', 'renewal', 'budget', 'at', 'over there', 'inside', 'contract', 'champion', 'vp', 'cfo', 'cio', 'cto', 'ceo', 'director', 'said', 'says', 'told', 'promised', 'knows', 'swears'] }, fix: { replace: ['our contacts', 'our stakeholders'] } },
    { match: '(single-threaded|single threaded|single-threading|single thread)', guard: { requireSentenceHas: ['deal', 'deals', 'account', 'accounts', 'opportunity', 'opportunities', 'opp', 'opps', 'relationship', 'relationships', 'champion', 'contact', 'contacts', 'stakeholder', 'stakeholders', 'customer', 'customers', 'buyer', 'buyers', 'sales', 'rep', 'reps', 'we are', "we're", 'you are', "you're", 'being'], unlessSentenceHas: ['thread', 'threads', 'cpu', 'core', 'cores', 'runtime', 'event loop', 'process', 'processes', 'mutex', 'lock', 'locks', 'async', 'javascript', 'node', 'python', 'gil', 'redis', 'worker', 'workers', 'executor', 'concurrency', 'parallel', 'performance', 'benchmark', 'server', 'program', 'code', 'library'] }, fix: { replace: ['multi-threaded'] } },
    { match: '(all|both) (of )?(my|our) eggs in one basket' },
  ],
};
