// Word classes the phrase patterns share. Each is a regular-expression alternation.
export const MACROS: Record<string, string> = {
  // Possessive determiners that make "needs", "time" and the like someone's.
  POSS: "(your|ur|yr|their|his|her|its|our|the team's|your team's)",
  // Whoever the writer is addressing or talking about, as object.
  WHO: '(you|u|ya|them|him|her|everyone|everybody|all|customers|clients|prospects|buyers|people|folks|the customer|the client|the prospect|the buyer)',
  // Gratitude, with the common spellings and misspellings.
  THANK: "(thank you|thank u|thankyou|thank-you|thanks|thanx|thnx|thnks|thks|tks|tnx|thanq|tysm|tyvm|thx|tx|ty|cheers|many thanks|much thanks|big thanks|special thanks)( heaps| a million| a bunch| a ton| a lot| loads| tons| again| kindly| so much| very much| greatly| sincerely| once again)*",
  APPRECIATE: '(appreciate|appreciated|appreciates|appreciating|appriciate|apreciate|appreciat|appricate|apprecaite|value|valued|respect|respected)',
  // "Time" and its stand-ins when they mean the reader's attention.
  TIME: '(time|valuable time|precious time|busy time|limited time|attention|undivided attention|minutes|few minutes|moment|time and attention|time and consideration|time and effort)',
  // Taking up time.
  TAKE: '(take|taking|took|takes|eat|eat up|use|using|waste|wasting|steal|stealing|occupy|keep|keeping|hold|holding|bother|bothering|trouble|troubling)',
  INTENS: '(really |truly |sincerely |genuinely |greatly |so much |very much |deeply |certainly |do |definitely |always )?',
  BUILDV: '(build|builds|building|built|develop|develops|developing|developed|foster|fosters|fostering|fostered|nurture|nurtures|nurturing|nurtured|cultivate|cultivates|cultivating|cultivated|establish|establishes|establishing|established|forge|forges|forging|forged|strengthen|strengthens|strengthening|strengthened|deepen|deepening|grow|growing|invest in|investing in)',
  RELADJ: '(and |mutually |rewarding |productive |enduring |trusted |strong |stronger |lasting |long-term |long term |longterm |personal |great |good |solid |genuine |real |deep |deeper |close |closer |meaningful |trusting |warm |friendly |lifelong |life-long |mutually beneficial |fruitful |cordial |better |healthy |successful |long and cordial |long and fruitful |long and successful |long and lasting |long |lasting business |business |working )*',
  PRICEN: '(price|prices|pricing|rate|rates|quote|quotes|fee|fees|bid|offer|number)',
  OURP: '(our |my |the |your |their |its |a |this |that )?',
};

export function expandMacros(pattern: string, depth = 0): string {
  if (depth > 4) throw new Error(`macro nesting too deep in ${pattern}`);
  return pattern.replace(/\{([A-Z]+)\}/g, (_, name: string) => {
    const body = MACROS[name];
    if (body === undefined) throw new Error(`unknown macro {${name}} in pattern "${pattern}"`);
    return expandMacros(body, depth + 1);
  });
}
