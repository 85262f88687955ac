// `.valued.json` files for open documents and workspace files: which ones apply
// (searched up from the document to its workspace folder) and what they resolve to.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigLoader, findRepositoryRoot, nodeConfigFs, type ConfigChainResult } from '../config';
import type { SeveritySetting } from '../../../shared/src/findings';

/** The file-system path of a `file:` URI; other schemes have no configuration files. */
export function fsPathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class WorkspaceConfig {
  private readonly loader = new ConfigLoader(nodeConfigFs);
  private folderUris: string[] = [];
  private folders: string[] = [];

  setFolders(uris: readonly string[]): void {
    this.folderUris = [...uris];
    this.folders = uris.map(fsPathOf).filter((p): p is string => p !== undefined).map((p) => path.resolve(p));
    // Deepest first, so a nested workspace folder wins.
    this.folders.sort((a, b) => b.length - a.length);
  }

  changeFolders(added: readonly string[], removed: readonly string[]): void {
    this.setFolders([...this.folderUris.filter((u) => !removed.includes(u)), ...added]);
  }

  /**
   * Where the upward search stops: the workspace folder holding the document, else
   * its repository, else its own folder (a stray file above it never applies).
   */
  stopDirFor(docPath: string): string {
    const dir = path.dirname(docPath);
    const folder = this.folders.find((f) => dir === f || dir.startsWith(f.endsWith(path.sep) ? f : f + path.sep));
    return folder ?? findRepositoryRoot(dir) ?? dir;
  }

  /** The layered configuration of a document, or undefined when it is not a file. */
  chainFor(uri: string, settingsRules: Record<string, SeveritySetting>): ConfigChainResult | undefined {
    const docPath = fsPathOf(uri);
    if (!docPath) return undefined;
    return this.loader.loadChain(docPath, this.stopDirFor(docPath), { settingsRules });
  }

  /** The files that apply to a document, outermost first. */
  filesFor(uri: string): string[] {
    const docPath = fsPathOf(uri);
    return docPath ? this.loader.findConfigFiles(docPath, this.stopDirFor(docPath)) : [];
  }

  /** A configuration file was deleted: forget its contents, including the last valid ones. */
  deleted(file: string): void {
    this.loader.forget(file);
  }
}
