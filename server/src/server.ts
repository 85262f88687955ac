// The language server: connection wiring only; the behaviour lives in ./lsp.
// `node dist/server.js --stdio`, or `--node-ipc` as the VS Code client starts it.
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ANALYZE_DOCUMENT_REQUEST,
  ANALYZE_FILES_REQUEST,
  type AnalyzeDocumentParams,
  type AnalyzeFilesParams,
  type AnalyzeFilesResult,
} from '../../shared/src/protocol';
import { analyzerModule } from './lsp/analyzer-module';
import { analyzeDocumentRequest } from './lsp/analyze-report';
import { codeActionsFor } from './lsp/code-action-request';
import { FIX_ALL_KIND } from './lsp/code-actions';
import { ConfigDiagnostics } from './lsp/config-diagnostics';
import { CONFIG_FILE_GLOB, configFilesChanged } from './lsp/config-watch';
import { OpenDocuments } from './lsp/open-documents';
import { Profiles } from './lsp/profiles';
import { SettingsStore } from './lsp/settings';
import { WorkspaceConfig } from './lsp/workspace-config';
import { analyzeFiles } from './lsp/workspace-files';
import { CollectAfterLarge, engineCollection } from './lsp/collect-after-large';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const log = (message: string) => connection.console.error(message);
const collector = new CollectAfterLarge(engineCollection());

// Built in onInitialize, once the client's capabilities say how settings arrive;
// no other message may come before it.
let settings!: SettingsStore;
let profiles!: Profiles;
let open!: OpenDocuments;
let canRegisterConfigurationChange = false;
let canWatchFiles = false;
let initializedWithFolders = false;
let canCreateFiles = false;
const configFiles = new WorkspaceConfig();
const configProblems = new ConfigDiagnostics((uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }));

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  const pull = caps.workspace?.configuration
    ? (uri: string) => connection.workspace.getConfiguration({ scopeUri: uri, section: 'valued' })
    : undefined;
  canRegisterConfigurationChange = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  initializedWithFolders = !!caps.workspace?.workspaceFolders;
  canCreateFiles = !!caps.workspace?.workspaceEdit?.documentChanges && !!caps.workspace.workspaceEdit.resourceOperations?.includes('create');
  configFiles.setFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
  settings = new SettingsStore(pull, log);
  profiles = new Profiles(settings, { files: configFiles, problems: configProblems });
  open = new OpenDocuments((uri) => documents.get(uri), profiles, {
    publish: (uri, version, diagnostics) => {
      void connection.sendDiagnostics({ uri, version, diagnostics });
      collector.published(documents.get(uri)?.getText().length ?? 0);
    },
    log,
  });
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'Valued' },
  };
});

connection.onInitialized(() => {
  // Loaded now, after the reply to initialize, so the first document does not wait for it.
  setImmediate(analyzerModule);
  if (canRegisterConfigurationChange) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'valued' });
  if (canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_FILE_GLOB }] });
  if (initializedWithFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      configFiles.changeFolders(e.added.map((f) => f.uri), e.removed.map((f) => f.uri));
      open.revalidateAll();
    });
  }
});

// A `.valued.json` created, changed or deleted: every open document analysed again at once.
connection.onDidChangeWatchedFiles((params) => {
  if (configFilesChanged(params.changes, configFiles, configProblems)) open.revalidateAll();
});

connection.onDidChangeConfiguration((change) => {
  const pushed = (change.settings as { valued?: unknown } | null | undefined)?.valued;
  settings.changed(pushed);
  open.revalidateAll();
});

documents.onDidOpen((e) => open.opened(e.document));
documents.onDidChangeContent((e) => open.changed(e.document));
documents.onDidClose((e) => {
  open.closed(e.document.uri);
  settings.forget(e.document.uri);
});

connection.onCodeAction((params) =>
  codeActionsFor(params, { document: (uri) => documents.get(uri), open, config: { files: configFiles, canCreateFiles } }),
);

connection.onRequest(ANALYZE_DOCUMENT_REQUEST, (params: AnalyzeDocumentParams) =>
  analyzeDocumentRequest(params, { document: (uri) => documents.get(uri), open, profiles }),
);

connection.onRequest(ANALYZE_FILES_REQUEST, (params: AnalyzeFilesParams, token): Promise<AnalyzeFilesResult> =>
  analyzeFiles(
    Array.isArray(params?.uris) ? params.uris : [],
    {
      openFindingCount: (uri) => open.findingCount(uri),
      isOpen: (uri) => open.isOpen(uri),
      profile: (uri) => profiles.get(uri),
      publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
      log,
    },
    token,
  ),
);

connection.onShutdown(() => open.dispose());

documents.listen(connection);
connection.listen();
