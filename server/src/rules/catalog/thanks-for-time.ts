import type { PhraseFamily } from '../types';

const remove = { remove: true as const, lead: "Following up on today's discussion:" };

export const thanksForTime: PhraseFamily = {
  kind: 'phrase',
  id: 'thanks-for-time',
  severity: 'warning',
  message: 'Thanking the customer for their time frames the meeting as a favour to you. Lead with the business instead.',
  patterns: [
    // Gratitude for the reader's time: "Thanks so much for taking the time to meet."
    { match: '{THANK} (so much |very much |again |a lot |a ton |kindly |in advance )?(for |4 )(taking |making |giving me |giving us |giving |finding |carving out |setting aside |spending |sparing |investing |sharing |offering )?(me |us )?(so much |much |some |a bit |a little |an hour |half an hour |part |a few minutes |a moment |a minute |a bit )?(of )?(the |some |your |ur |time out of your )?(busy |valuable |precious |limited |scarce |kind )?{TIME}', guard: { unlessNext: ['estimate', 'estimates', 'zone', 'zones', 'slot', 'slots', 'frame', 'frames', 'line', 'lines', 'sheet', 'sheets', 'stamp', 'stamps', 'tracking', 'entries', 'entry', 'off', 'card', 'cards', 'report', 'reports', 'log', 'logs', 'series', 'window', 'limit', 'budget', 'savings', 'saved', 'table', 'tables', 'breakdown', 'comparison', 'data', 'difference', 'change', 'changes', 'travel', 'off', 'off request', 'in the peace corps', 'in the army', 'in the navy', 'in the service', 'in uniform'], unlessSentenceHas: ['grandpa', 'grandma', 'grandfather', 'grandmother', 'dad', 'mom', 'mum', 'uncle', 'aunt', 'served', 'service members', 'veterans', 'veteran', 'military', 'volunteering', 'volunteers', 'peace corps'] }, fix: remove },
    { match: '{THANK} (so much |very much |again |a lot |kindly )?(for |4 )(taking|accepting|returning|picking up|answering|jumping on|hopping on|getting on|making) (my|the|this|our|a) (quick |short |brief )?(call|calls|meeting|zoom|chat)', fix: remove },
    { match: '{THANK} (so much |very much |again |a lot |kindly )?(for |4 )(reading (this far|this|all this|to the end|my (email|note|message))|hearing me out|bearing with me|squeezing (me|us) in|fitting (me|us) in|making (the )?time|making space|sparing a (moment|minute))', fix: remove },
    { match: "(i|we|i'd|we'd) {INTENS}{APPRECIATE} (you )?(squeezing|fitting) (me|us) in", fix: remove },
    { match: '{APPRECIATE} (your|ur) (valuable |precious |kind )?(time|attention)', fix: remove },
    { match: "(i|we) (know|understand|realize|realise|appreciate|recognize|recognise) (how|that) (valuable|precious|limited|scarce|important|busy|tight|full|packed|hectic) (your|ur) (time|schedule|calendar|day|week|inbox) (is|must be|has been|gets)", fix: remove },
    { match: "(hate|don't want|do not want|won't|will not|not going) to keep (you|ya) (from (your|ur) (day|work|meetings?|next meeting|evening|weekend|lunch|afternoon|morning)|long|any longer|too long)", fix: remove },
    { match: '{THANK} (so much |very much |again |a lot )?(for |4 )(taking |making |finding |carving out )?(the |some )?time (out )?(of|from|in) (your|such a) (busy |hectic |packed |full )?(schedule|day|week|calendar)', fix: remove },
    { match: "((i|we|i'd|we'd|i would|we would|i'll|we'll) )?{INTENS}{APPRECIATE} (you |ya |u )?(taking|making|giving|finding|carving out|setting aside|spending|sparing|squeezing out) (me |us )?(the |some |your |ur |a few minutes of your |a moment of your |a few |a couple of |a couple |a |an |half an |an extra |five |ten |15 |20 |30 |so much of your |part of your )?(busy |valuable |precious |quick )?(time|minutes|moment|hour|minute|afternoon|morning|day)", fix: remove },
    { match: "(so |really |very |truly |incredibly )?(grateful|thankful|glad|happy|appreciative|appreciate|appreciated) (that )?(you|u) (could |were able to |can |did |managed to |kindly )?(make|made|take|took|find|found|spare|spared|carve out|carved out|set aside|give|gave|spend|spent) (the |some |a little |a bit of |a few minutes|a few |an |half an |part of your |so much of your |your )?(time|minutes|hour|afternoon|morning|day)", fix: remove },
    { match: "(grateful|thankful|appreciate|appreciated|thanks|thank you) (for )?(the|your) (hour|hours|half hour|time|minutes|afternoon|morning) (you|your team|u) (spent|gave|took|shared|set aside|carved out|made|put in)", fix: remove },
    { match: "(thank|thanks|thanking|thanked) (them|him|her|everyone|everybody|all|customers|clients|prospects|buyers|people|folks|the customer|the client|the prospect|the buyer|attendees|participants|the team|their contacts|stakeholders) (so much |again |profusely )?(for |4 )(taking |giving |spending |making )?(the |their |your |his |her |some of their |some of your )?(valuable |precious |busy )?(time|attention)", fix: remove },
    { match: "{THANK} (so much |very much |again |a lot )?(for |4 )(giving |spending |sharing |taking |carving out )?(me |us )?(so much of|part of|some of|an hour of|half of|a chunk of) (your|ur) (day|afternoon|morning|evening|lunch|lunch hour|week|schedule)", fix: remove },
    { match: "(your|ur|yr) (time|schedule|calendar) is (so |very |really |extremely |incredibly |clearly )?(valuable|precious|limited|important|tight|scarce|full|packed|something i (don't|do not|won't|will not) take lightly|not something i take lightly)", fix: remove },
    { match: "(i|we|i'd|we'd|i would|we would|i'll|we'll) {INTENS}{APPRECIATE} {POSS} (busy |valuable |precious |limited |kind |generous )?{TIME}", fix: remove },
    { match: '(much |really |greatly |truly )?appreciated? {POSS} (valuable |precious )?(time|attention)', fix: remove },
    { match: "(i'm|i am|we're|we are|so|very|really|truly) (so |very |really |truly |most |deeply )?(grateful|thankful|appreciative) (to you )?(for|of) {POSS} (valuable |precious )?(time|attention)", fix: remove },
    { match: '(grateful|thankful) for the (time|opportunity to take up your time)', fix: remove },
    // "I know how busy you are."
    { match: "(i|we) (know|understand|realize|realise|appreciate|recognize|recognise) (how |that )?(busy|hectic|swamped|slammed) (you are|you're|you must be|things are|your schedule is|your day is)", fix: remove },
    { match: "(i|we) (know|understand|realize|realise|appreciate|recognize) (that )?(you are|you're|youre|you must be|your team is|u r|ur|u are) (very |so |really |incredibly |extremely |super )?(busy|swamped|slammed|pressed for time|short on time)", fix: remove },
    { match: "(i|we) (know|understand|realize|realise) (how |that )?([\\w-]+ ){1,2}(is|are|get|gets|can be) (so |very |really |pretty |crazy |incredibly |always )?(busy|hectic|crazy|packed|slammed|swamped|full-on|nuts) (for you|for your team|on your end|on your side|for u)", anchor: 'busy', fix: remove },
    { match: "(i|we) (know|understand|realize|realise|appreciate|recognize|respect) (that )?(your|ur) (time|calendar|schedule) is (valuable|precious|limited|tight|scarce|full|packed|important)", fix: remove },
    { match: "(i|we) (know|understand|realize|realise|appreciate) (that )?you (have|get) (a lot|so much|a ton|plenty|tons) on your plate", fix: remove },
    { match: 'out of {POSS} (busy|hectic|packed) (schedule|day|week|calendar)', fix: remove },
    // "I won't take much of your time." and promises not to waste it.
    { match: "(i|we|this|it|this call|this email|this note|the call|the demo|the meeting) (won't|will not|wont|don't want to|do not want to|promise not to|promise I won't|promise we won't|shall not|will try not to|'ll try not to|do not wish to|don't wish to|shouldn't|should not) {TAKE} (up )?(too much |much |more |a lot |any more |more than (a |a few |\\w+ )?(minutes?|seconds?|moments?) )?(of )?{POSS} ({TIME}|day|afternoon|morning|evening|calendar|schedule|inbox)", fix: remove },
    { match: "(i|we) (won't|will not|wont|don't want to|do not want to|promise not to) (keep you|hold you|take you|keep ya) (long|too long|for long|more than (a |a few |\\w+ )?(minutes?|seconds?))", fix: remove },
    { match: '(just|only) (a|one|two|a few|five|5|ten|10|a couple of|fifteen|15) (quick )?(minutes?|moments?|seconds?|mins?) of {POSS} (valuable |precious |busy )?(time|day)', fix: remove },
    { match: "(if you (have|could spare|can spare|could give me|can give me) )?(a|one) (quick )?(moment|minute|second) of {POSS} time", fix: remove },
    { match: "(i|we) (know|understand) (that )?(this is|this email is|this message is|i'm|i am) (taking|eating into|eating up) {POSS} (time|day)", anchor: 'taking', fix: remove },
    // Apologies and requests for forgiveness for the reader's time or attention.
    { match: "(sorry|so sorry|apologies|my apologies|i apologize|i apologise|i'm sorry|i am sorry|we apologize|we apologise|pardon me|excuse me) (again )?(to|for) (bother|bothering|disturb|disturbing|interrupt|interrupting|intrude|intruding|trouble|troubling|pester|pestering|bug|bugging|reach out|reaching out out of the blue|take up|taking up|eat into|eating into|use up|the intrusion|the interruption|the disturbance|the bother)( you)?", guard: { unlessNext: ['caused', 'that', 'this caused', 'we caused', 'with', 'during', 'on', 'in'] }, fix: remove },
    { match: "(sorry|so sorry|apologies|my apologies|i apologize|i apologise|i'm sorry|i am sorry) (for|about) (taking|wasting|eating|using) (up )?(so much |too much |a lot |some |any )?(of )?{POSS} {TIME}", fix: remove },
    { match: "(sorry|apologies) (to|for) {TAKE} (up )?(so much |too much |a bit |some )?(of )?{POSS} {TIME}", fix: remove },
    { match: '(forgive|excuse|pardon) (me for|the|my) (intrusion|interruption|bothering you|disturbing you|taking up your time|cold email|unsolicited email|out-of-the-blue email)', fix: remove },
    { match: "(i|we) (hate|don't like|do not like|hated) to (bother|disturb|interrupt|trouble|bug|pester|intrude on|intrude upon|impose on|take up) (you|your (schedule|day|time|inbox|calendar|afternoon|morning))", fix: remove },
    { match: "(hope|hoping) (i'm|i am|we're|we are|this is|this isn't|i'm not|i am not|this email isn't|it's not|im) (not )?(bothering|disturbing|interrupting|intruding on|troubling|a bother|a bad time|catching you at a bad time|wasting your time|taking up your time|eating into your (time|day))( you)?", fix: remove },
    { match: "(i|we) (know|realize|realise) (you're|you are) (not expecting|not expecting to hear from|getting a lot of) (this|me|us|emails|messages)", fix: remove },
    { match: "(sorry|apologies) (for|about) (the|this) (long|lengthy|unsolicited|cold|out-of-the-blue|out of the blue) (email|message|note|intrusion)", fix: remove },
  ],
};
