// The open documents' analyses: one analyzer per document, debounced re-analysis,
// and a generation/version guard so that a result is only ever published for the
// version it was computed from and a superseded run never publishes at all.
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../../shared/src/settings';
import type { AnalysisProfile } from './analysis-profile';
import { analyzeText, outcomeDiagnostics, outcomeFindings, type AnalysisOutcome, type TextAnalyzer } from './document-analysis';
import { analyzerModule } from './analyzer-module';
import { Debouncer } from './scheduler';

export interface ProfileSource {
  /** The profile if it is known without asking the client. */
  peek(uri: string): AnalysisProfile | undefined;
  get(uri: string): Promise<AnalysisProfile>;
}

export interface DiagnosticsSink {
  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
  log(message: string): void;
}

export interface AnalysisResult {
  version: number;
  outcome: AnalysisOutcome;
}

interface DocumentState {
  analyzer: TextAnalyzer;
  /** Bumped by every change and run; a run that finds it moved on gives up. */
  generation: number;
  /** The version a run was last asked for, so the open's own change event is not analysed twice. */
  requestedVersion: number;
  last?: AnalysisResult;
}

export class OpenDocuments {
  private readonly states = new Map<string, DocumentState>();
  private readonly debouncer = new Debouncer();

  constructor(
    private readonly document: (uri: string) => TextDocument | undefined,
    private readonly profiles: ProfileSource,
    private readonly sink: DiagnosticsSink,
  ) {}

  isOpen(uri: string): boolean {
    return this.states.has(uri);
  }

  uris(): string[] {
    return [...this.states.keys()];
  }

  opened(doc: TextDocument): void {
    this.states.set(doc.uri, { analyzer: analyzerModule().createDocumentAnalyzer(), generation: 0, requestedVersion: doc.version });
    this.validate(doc.uri);
  }

  changed(doc: TextDocument): void {
    const state = this.states.get(doc.uri);
    if (!state) return this.opened(doc);
    if (state.requestedVersion === doc.version) return;
    state.requestedVersion = doc.version;
    state.generation++;
    const delay = this.profiles.peek(doc.uri)?.debounceMs ?? DEFAULT_SETTINGS.debounceMs;
    this.debouncer.schedule(doc.uri, delay, () => this.validate(doc.uri));
  }

  closed(uri: string): void {
    this.debouncer.cancel(uri);
    this.states.delete(uri);
    this.sink.publish(uri, undefined, []);
  }

  /** After a settings or configuration change: every open document, at once. */
  revalidateAll(): void {
    for (const [uri, state] of this.states) {
      state.last = undefined;
      this.validate(uri);
    }
  }

  /** Analyse now (no debounce) and publish, once the document's profile is known. */
  validate(uri: string): void {
    void this.settle(uri);
  }

  /**
   * The analysis of the document's current version: the published one if it is
   * current, otherwise computed (and published) now. Undefined if the document is
   * not open or a newer change superseded this run.
   */
  async settle(uri: string): Promise<AnalysisResult | undefined> {
    const state = this.states.get(uri);
    const doc = this.document(uri);
    if (!state || !doc) return undefined;
    if (state.last && state.last.version === doc.version) return state.last;
    this.debouncer.cancel(uri);
    const generation = ++state.generation;
    const profile = this.profiles.peek(uri) ?? (await this.profiles.get(uri));
    if (this.states.get(uri) !== state || state.generation !== generation) return undefined;
    return this.run(uri, state, profile);
  }

  /** Findings of the current version of an open document; undefined when it is not open. */
  async findingCount(uri: string): Promise<number | undefined> {
    if (!this.isOpen(uri)) return undefined;
    const current = await this.settle(uri);
    return current ? outcomeFindings(current.outcome).length : 0;
  }

  private run(uri: string, state: DocumentState, profile: AnalysisProfile): AnalysisResult | undefined {
    const doc = this.document(uri);
    if (!doc) return undefined;
    let outcome: AnalysisOutcome;
    try {
      outcome = analyzeText(state.analyzer, doc.getText(), doc.languageId, profile);
    } catch (err) {
      // Never leave the previous version's squiggles behind, and start the next run from scratch.
      this.sink.log(`Valued could not analyse ${uri} (version ${doc.version}): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      state.analyzer = analyzerModule().createDocumentAnalyzer();
      outcome = { kind: 'analyzed', findings: [] };
    }
    state.last = { version: doc.version, outcome };
    this.sink.publish(uri, doc.version, outcomeDiagnostics(outcome));
    return state.last;
  }

  dispose(): void {
    this.debouncer.dispose();
  }
}
