import type { PhraseFamily } from '../types';

const remove = { remove: true as const, lead: "Following up on today's discussion:" };

export const thanksForTime: PhraseFamily = {
  kind: 'phrase',
  id: 'thanks-for-time',
  severity: 'warning',
  message: 'Thanking the customer for their time frames the meeting as a favour to you. Lead with the business instead.',
  patterns: [
    // Gratitude for the reader's time: "Thanks so much for taking the time to meet."
    { match: '{THANK} (so much |very much |again |a lot |a ton |kindly |in advance )?(for |4 )(taking |making |giving me |giving us |giving |finding |carving out |setting aside |spending |sparing |investing |sharing |offering )?(me |us )?(so much |much |some |a bit |a little |an hour |half an hour |part |a few minutes |a moment |a minute |a bit )?(of )?(the |some |your |ur |time out of your )?(busy |valuable |precious |limited |scarce |kind )?{TIME}', guard: { unlessNext: ['estimate', 'estimates', 'zone', 'zones', 'slot', 'slots', 'frame', 'frames', 'line', 'lines', 'sheet', 'sheets', 'stamp', 'stamps', 'tracking', 'entries', 'entry', 'off', 'card', 'cards', 'report', 'reports', 'log', 'logs', 'series', 'window', 'limit', 'budget', 'savings', 'saved', 'table', 'tables', 'breakdown', 'comparison', 'data', 'difference', 'change', 'changes', 'travel'] }, fix: remove },
    { match: '{THANK} (so much |very much |again |a lot |kindly )?(for |4 )(taking|accepting|returning|picking up|answering|jumping on|hopping on|getting on|making) (my|the|this|our|a) (quick |short |brief )?(call|calls|meeting|zoom|chat)', fix: remove },
    { match: '{THANK} (so much |very much |again |a lot |kindly )?(for |4 )(reading (this far|this|all this|to the end|my (email|note|message))|hearing me out|bearing with me|squeezing (me|us) in|fitting (me|us) in|making (the )?time|making space|sparing a (moment|minute))', fix: remove },
    { match: "(i|we|i'd|we'd) {INTENS}{APPRECIATE} (you )?(squeezing|fitting) (me|us) in", fix: remove },
    { match: '{APPRECIATE} (your|ur) (valuable |precious |kind )?(time|attention)', fix: remove },
    { match: "(i|we) (know|understand|realize|realise|appreciate|recognize|recognise) (how|that) (valuable|precious|limited|scarce|important|busy|tight|full|packed|hectic) (your|ur) (time|schedule|calendar|day|week|inbox) (is|must be|has been|gets)", fix: remove },
    { match: "(hate|don't want|do not want|won't|will not|not going) to keep (you|ya) (from (your|ur) (day|work|meetings?|next meeting|evening|weekend|lunch|afternoon|morning)|long|any longer|too long)", fix: remove },
    { match: '{THANK} (so much |very much |again |a lot )?(for |4 )(taking |making |finding |carving out )?(the |some )?time (out )?(of|from|in) (your|such a) (busy |hectic |packed |full )?(schedule|day|week|calendar)', fix: remove },
    { match: "(i|we|i'd|we'd|i would|we would|i'll|we'll) {INTENS}{APPRECIATE} (you |ya )?(taking|making|giving|finding|carving out|setting aside|spending|sparing) (me |us )?(the |some |your |a few minutes of your |a moment of your )?(busy |valuable |precious )?(time|minutes|moment)", fix: remove },
    { match: "(i|we|i'd|we'd|i would|we would|i'll|we'll) {INTENS}{APPRECIATE} {POSS} (busy |valuable |precious |limited |kind |generous )?{TIME}", fix: remove },
    { match: '(much |really |greatly |truly )?appreciated? {POSS} (valuable |precious )?(time|attention)', fix: remove },
    { match: "(i'm|i am|we're|we are|so|very|really|truly) (so |very |really |truly |most |deeply )?(grateful|thankful|appreciative) (to you )?(for|of) {POSS} (valuable |precious )?(time|attention)", fix: remove },
    { match: '(grateful|thankful) for the (time|opportunity to take up your time)', fix: remove },
    // "I know how busy you are."
    { match: "(i|we) (know|understand|realize|realise|appreciate|recognize|recognise) (how |that )?(busy|hectic|swamped|slammed) (you are|you're|you must be|things are|your schedule is|your day is)", fix: remove },
    { match: "(i|we) (know|understand|realize|realise|appreciate|recognize) (that )?(you are|you're|you must be|your team is) (very |so |really |incredibly |extremely )?(busy|swamped|slammed|pressed for time|short on time)", fix: remove },
    { match: "(i|we) (know|understand|realize|realise|appreciate|recognize|respect) (that )?(your|ur) (time|calendar|schedule) is (valuable|precious|limited|tight|scarce|full|packed|important)", fix: remove },
    { match: "(i|we) (know|understand|realize|realise|appreciate) (that )?you (have|get) (a lot|so much|a ton|plenty|tons) on your plate", fix: remove },
    { match: 'out of {POSS} (busy|hectic|packed) (schedule|day|week|calendar)', fix: remove },
    // "I won't take much of your time." and promises not to waste it.
    { match: "(i|we) (won't|will not|wont|don't want to|do not want to|promise not to|promise I won't|promise we won't|shall not|will try not to|'ll try not to|do not wish to|don't wish to) {TAKE} (up )?(too much |much |more |a lot |any more |more than (a |a few |\\w+ )?(minutes?|seconds?|moments?) )?(of )?{POSS} {TIME}", fix: remove },
    { match: "(i|we) (won't|will not|wont|don't want to|do not want to|promise not to) (keep|hold|take) you (long|too long|for long|more than (a |a few |\\w+ )?(minutes?|seconds?))", anchor: 'keep', fix: remove },
    { match: "(i|we) (promise|'ll|will) (to )?(be|keep (this|it)) (brief|quick|short)", anchor: 'brief', fix: remove },
    { match: '(just|only) (a|one|two|a few|five|5|ten|10|a couple of|fifteen|15) (quick )?(minutes?|moments?|seconds?|mins?) of {POSS} (valuable |precious |busy )?(time|day)', fix: remove },
    { match: "(if you (have|could spare|can spare|could give me|can give me) )?(a|one) (quick )?(moment|minute|second) of {POSS} time", fix: remove },
    { match: "(i|we) (know|understand) (that )?(this is|this email is|this message is|i'm|i am) (taking|eating into|using) {POSS} (time|day)", anchor: 'taking', fix: remove },
    // Apologies and requests for forgiveness for the reader's time or attention.
    { match: "(sorry|so sorry|apologies|my apologies|i apologize|i apologise|i'm sorry|i am sorry|we apologize|we apologise|pardon me|excuse me) (again )?(to|for) (bother|bothering|disturb|disturbing|interrupt|interrupting|intrude|intruding|trouble|troubling|pester|pestering|bug|bugging|reach out|reaching out out of the blue|take up|taking up|eat into|eating into|use up|the intrusion|the interruption|the disturbance|the bother)( you)?", guard: { unlessNext: ['caused', 'that', 'this caused', 'we caused', 'with', 'during', 'on', 'in'] }, fix: remove },
    { match: "(sorry|so sorry|apologies|my apologies|i apologize|i apologise|i'm sorry|i am sorry) (for|about) (taking|wasting|eating|using) (up )?(so much |too much |a lot |some |any )?(of )?{POSS} {TIME}", fix: remove },
    { match: "(sorry|apologies) (to|for) {TAKE} (up )?(so much |too much |a bit |some )?(of )?{POSS} {TIME}", fix: remove },
    { match: '(forgive|excuse|pardon) (me for|the|my) (intrusion|interruption|bothering you|disturbing you|taking up your time|cold email|unsolicited email|out-of-the-blue email)', fix: remove },
    { match: "(i|we) (hate|don't like|do not like) to (bother|disturb|interrupt|trouble|bug|pester) you", fix: remove },
    { match: "(hope|hoping) (i'm|i am|we're|we are|this is|this isn't|i'm not|i am not|this email isn't|it's not) (not )?(bothering|disturbing|interrupting|intruding on|troubling|a bother|a bad time|catching you at a bad time)( you)?", fix: remove },
    { match: "(i|we) (know|realize|realise) (you're|you are) (not expecting|not expecting to hear from|getting a lot of) (this|me|us|emails|messages)", fix: remove },
    { match: "(sorry|apologies) (for|about) (the|this) (long|lengthy|unsolicited|cold|out-of-the-blue|out of the blue) (email|message|note|intrusion)", fix: remove },
  ],
};
