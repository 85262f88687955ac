// The analyzer (rule catalog, grammar tagger) is loaded on first use rather than at
// start-up, so the server answers `initialize` before paying for it.
import type * as Analyzer from '../analyzer';
import { compileRegExpsNatively } from '../regexp-flags';

let loaded: typeof Analyzer | undefined;

export function analyzerModule(): typeof Analyzer {
  // A require() call, not an import, is what lets the bundler defer the module's initialisation.
  if (!loaded) {
    compileRegExpsNatively();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require('../analyzer') as typeof Analyzer;
  }
  return loaded;
}
