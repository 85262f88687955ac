// needs-noun is a noun-head rule: the head word "needs" is flagged when it is a
// noun standing for someone's requirements. These word classes decide that; the
// reading itself is code (analyzer/needs-noun.ts).
import type { NounHeadFamily } from '../types';

export const needsNoun: NounHeadFamily = {
  kind: 'noun-head',
  id: 'needs-noun',
  severity: 'warning',
  message: '"Needs" casts the customer as someone lacking something. Talk about their business instead.',
};

const set = (s: string) => new Set(s.split(' '));

/** Owners that make "needs" a noun: "your needs", "the team's needs". */
export const POSSESSIVES = set("your ur yr their his her its our my whose everyone's");
/** Determiners and quantifiers before a noun phrase. */
export const DETERMINERS = set('the these those such all any whatever whichever many');
/** Adjectives that make the noun phrase they end a noun phrase: "the specific needs". */
export const ADJECTIVES = set('specific unique particular individual different various diverse changing evolving growing emerging current future immediate basic core key main top biggest big small complex exact precise real true actual ongoing critical urgent pressing special technical financial operational functional security business personal professional long-term short-term specialised specialized custom bespoke tailored daily everyday new existing early friendly quarterly monthly weekly yearly costly likely only holy family');
/** Singular determiners: "each sprint needs", "this page needs" read as verbs. */
export const SINGULAR_DETERMINERS = set('each every a an this that another one no either neither');
/** Words that make the next "needs" a verb: "she needs", "it really needs". */
export const SUBJECTS = set("he she it who that which one everyone everybody someone somebody anyone anybody nobody this what whatever each either neither something everything nothing anything he's she's it's");
/** Verbs right after "needs" that only a plural noun takes: "needs are", "needs include". */
export const PLURAL_VERBS = set('are were include vary change evolve differ grow shift require outgrow outstrip exceed');
/** Auxiliaries that open a question or progressive before the noun phrase: "Are your data needs outgrowing ...". */
export const AUXILIARIES = set('are were is was have has do does did will would can could should');
/** Words before a noun phrase that make it the subject of a verb "needs": "what your team needs". */
export const CLAUSE_OPENERS = set('what whatever whichever everything anything exactly precisely whoever');
/** Verbs that take "needs" as their object: "uncovers needs the buyer has not put into words". */
export const OBJECT_VERBS = set('meet meets met meeting address addresses addressing addressed understand understands understanding understood serve serves serving served fit fits suit suits match matches exceed exceeds exceeding support supports fulfil fulfill fulfils fulfills fulfilling satisfy satisfies satisfying solve solves identify identifies identifying identified assess assesses assessing discuss discussing anticipate anticipates anticipating uncover uncovers uncovering discover discovers discovering capture captures capturing map maps mapping define defines clarify clarifies hear hears surface surfaces surfacing unpack unpacks unpacking explore explores exploring document documents documenting prioritize prioritise prioritizes prioritizing know knows learn learns gather gathers gathering');
export const ADVERBS = set('really also still just only never always often usually clearly definitely urgently badly desperately certainly probably now sometimes rarely then typically simply actually truly already generally mostly sorely seriously absolutely obviously no longer');
/** Words that, right after "needs", start its object or complement: "needs a plan", "needs to". */
export const OBJECT_STARTERS = set("to a an the more less some any your our his her their my its this these those someone somebody something nothing help time work attention fixing updating improvement improving it them him me us you both approval sign-off no another at lots plenty further additional extra fewer another much less careful serious immediate urgent input feedback support answers access permission budget funding cleaning testing review reviewing rework editing checking tweaking doing done fixed addressed attending updated changed rewriting");
/** Words that, right after "needs", show it is a noun: "needs are", "needs of". */
export const NOUN_FOLLOWERS = set("are were have had vary varies change changed evolve evolved evolving include included differ grow grew shift shifted will would can could may might should must and or of for in around across with within that which we you they is as first better well best today tomorrow now assessment assessments analysis analyses statement statements gap gaps list lists perfectly exactly fully go come dictate drive drove require required determine determined will");
/** Verbs and function words that end a noun phrase to the left of "needs". */
export const PHRASE_STOPS = set("meet meets met meeting address addresses addressing addressed understand understands understanding understood serve serves serving served fit fits fitting suit suits suiting match matches matching exceed exceeds exceeding support supports supporting fulfil fulfill fulfils fulfills fulfilling satisfy satisfies satisfying satisfied solve solves solving identify identifies identifying identified assess assesses assessing discuss discussing know knows knowing learn learning anticipate anticipating uncover uncovering discover discovering tailor tailored tailoring align aligned aligning cater catering handle handles handling cover covers covering map mapping define defining clarify clarifying capture capturing listen listening hear hearing about to for of with on around by in into from at and or but than as what where how when why if whether is are was were be been being has have had do does did that which who whom whose match best all both just only even beyond exactly precisely perfectly fully truly really");
/** Phrases before "needs" that make it something other than a customer's requirements. */
export const NOT_CUSTOMER = ['special', 'as', 'if', 'when', 'educational', 'additional support', 'sen', 'dietary', 'medical', 'accessibility', 'nutritional', 'humanitarian', 'housing', 'basic human', 'survival', 'bodily', 'physiological'];
/** Noun modifiers that name whose needs: "customer needs" -> "customer's business". */
export const OWNER_NOUNS = set('customer client user buyer team company organization organisation patient member partner prospect stakeholder shopper consumer employee market');
/** Verb agreement when a plural "needs" becomes the singular "business". */
export const SINGULAR_VERB: Record<string, string> = { are: 'is', were: 'was', have: 'has', include: 'includes', vary: 'varies', change: 'changes', evolve: 'evolves', differ: 'differs', require: 'requires', grow: 'grows', shift: 'shifts', dictate: 'dictates', drive: 'drives', determine: 'determines', come: 'comes', go: 'goes' };
