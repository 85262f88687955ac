// Everything that decides how one document is analysed, resolved from its layers
// (defaults < editor settings < configuration files) into one value.
import type { AnalyzeOptions, CustomRule, SeveritySetting } from '../../../shared/src/findings';
import type { ValuedSettings } from '../../../shared/src/settings';

export interface AnalysisProfile {
  /** False when Valued is turned off for the document or a configuration ignores it. */
  enabled: boolean;
  rules: Record<string, SeveritySetting>;
  customRules: CustomRule[];
  debounceMs: number;
  maxFileSizeMB: number;
}

export function profileFromSettings(settings: ValuedSettings): AnalysisProfile {
  return {
    enabled: settings.enable,
    rules: settings.rules,
    customRules: [],
    debounceMs: settings.debounceMs,
    maxFileSizeMB: settings.maxFileSizeMB,
  };
}

export function analyzeOptions(profile: AnalysisProfile, languageId: string): AnalyzeOptions {
  const options: AnalyzeOptions = { languageId, rules: profile.rules };
  if (profile.customRules.length) options.customRules = profile.customRules;
  return options;
}
