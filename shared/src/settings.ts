// Editor settings (section `valued`), typed once and used by both sides.
import type { SeveritySetting } from './findings';

export interface ValuedSettings {
  enable: boolean;
  rules: Record<string, SeveritySetting>;
  debounceMs: number;
  maxFileSizeMB: number;
}

export const DEFAULT_SETTINGS: ValuedSettings = {
  enable: true,
  rules: {},
  debounceMs: 200,
  maxFileSizeMB: 5,
};
