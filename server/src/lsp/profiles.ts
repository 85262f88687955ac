// Resolves each document's analysis profile from its layers.
import type { AnalysisProfile } from './analysis-profile';
import { profileFromSettings } from './analysis-profile';
import type { ProfileSource } from './open-documents';
import type { SettingsStore } from './settings';

export class Profiles implements ProfileSource {
  constructor(private readonly settings: SettingsStore) {}

  peek(uri: string): AnalysisProfile | undefined {
    const s = this.settings.peek(uri);
    return s ? profileFromSettings(s) : undefined;
  }

  async get(uri: string): Promise<AnalysisProfile> {
    return profileFromSettings(await this.settings.get(uri));
  }
}
