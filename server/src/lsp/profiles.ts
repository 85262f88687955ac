// Resolves each document's analysis profile from its layers: defaults < editor
// settings < `.valued.json` files (nearest wins) < inline directives (analyzer).
import type { ValuedSettings } from '../../../shared/src/settings';
import { profileFromSettings, type AnalysisProfile } from './analysis-profile';
import type { ConfigDiagnostics } from './config-diagnostics';
import type { ProfileSource } from './open-documents';
import type { SettingsStore } from './settings';
import type { WorkspaceConfig } from './workspace-config';

export class Profiles implements ProfileSource {
  constructor(
    private readonly settings: SettingsStore,
    private readonly config?: { files: WorkspaceConfig; problems: ConfigDiagnostics },
  ) {}

  peek(uri: string): AnalysisProfile | undefined {
    const s = this.settings.peek(uri);
    return s ? this.resolve(uri, s) : undefined;
  }

  async get(uri: string): Promise<AnalysisProfile> {
    return this.resolve(uri, await this.settings.get(uri));
  }

  /**
   * Configuration files are read on every resolution (their parses are cached by
   * modification time), so an edit on disk applies even without file watching.
   */
  private resolve(uri: string, settings: ValuedSettings): AnalysisProfile {
    const profile = profileFromSettings(settings);
    const chain = this.config?.files.chainFor(uri, settings.rules);
    if (!chain) return profile;
    this.config!.problems.report(chain.files);
    return {
      ...profile,
      enabled: profile.enabled && !chain.ignored,
      rules: chain.options.rules,
      customRules: chain.options.customRules,
    };
  }
}
