// A real VS Code server from the npm registry: code-server 4.100.3 (VS Code 1.100,
// the newest that installs on Node 20), installed once into .e2e/code-server.
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CACHE, OUTPUT } from './paths.mjs';
import { checkPrerequisites, nodeHeadersDir } from './prerequisites.mjs';

export const CODE_SERVER_VERSION = '4.100.3';
const INSTALL_DIR = path.join(CACHE, 'code-server');
const MARKER = path.join(INSTALL_DIR, `.installed-${CODE_SERVER_VERSION}`);

export function codeServerPaths() {
  const pkg = path.join(INSTALL_DIR, 'node_modules', 'code-server');
  return {
    entry: path.join(pkg, 'out', 'node', 'entry.js'),
    serverMain: path.join(pkg, 'lib', 'vscode', 'out', 'server-main.js'),
  };
}

export function ensureCodeServer(log = console.log) {
  if (existsSync(MARKER) && existsSync(codeServerPaths().serverMain)) return codeServerPaths();
  checkPrerequisites({ forInstall: true });
  log(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(process.cwd(), INSTALL_DIR) || INSTALL_DIR} (once; about 2 minutes)`);
  const started = Date.now();
  rmSync(INSTALL_DIR, { recursive: true, force: true });
  mkdirSync(INSTALL_DIR, { recursive: true });
  writeFileSync(path.join(INSTALL_DIR, 'package.json'), JSON.stringify({
    name: 'valued-e2e-code-server',
    private: true,
    dependencies: { 'code-server': CODE_SERVER_VERSION },
  }, null, 2));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'valued-cs-install-'));
  const env = {
    ...process.env,
    // As root, code-server's postinstall refuses to run without it.
    npm_config_unsafe_perm: 'true',
    // node-pty's build runs `npx node-gyp`, which would otherwise ask.
    npm_config_yes: 'true',
    // Build native modules against the installed headers instead of downloading them.
    npm_config_nodedir: nodeHeadersDir(),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    TMPDIR: tmp,
  };
  mkdirSync(OUTPUT, { recursive: true });
  const logFile = path.join(OUTPUT, 'code-server-install.log');
  writeFileSync(logFile, '');
  const npm = (args) => {
    const fd = openSync(logFile, 'a');
    try {
      execFileSync('npm', args, { cwd: INSTALL_DIR, env, stdio: ['ignore', fd, fd] });
    } catch (err) {
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
      throw new Error(`npm ${args.join(' ')} failed while installing code-server (full log: ${logFile}):\n${tail}`);
    } finally {
      closeSync(fd);
    }
  };
  try {
    // Scripts wait until the ripgrep download below is answered from a local archive.
    npm(['install', '--ignore-scripts', '--no-package-lock']);
    seedRipgrep(tmp);
    npm(['rebuild', '--foreground-scripts']);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (!existsSync(codeServerPaths().serverMain)) throw new Error(`code-server installed without ${codeServerPaths().serverMain}`);
  writeFileSync(MARKER, new Date().toISOString() + '\n');
  log(`code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return codeServerPaths();
}

/**
 * @vscode/ripgrep's postinstall downloads a binary from GitHub, which is out of
 * reach; it first looks in its cache folder, so put Debian's rg there, packed
 * the way it expects.
 */
function seedRipgrep(tmp) {
  const shrinkwrap = path.join(INSTALL_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'npm-shrinkwrap.json');
  const lock = JSON.parse(readFileSync(shrinkwrap, 'utf8'));
  const ripgrepPkg = lock.packages?.['node_modules/@vscode/ripgrep'];
  if (!ripgrepPkg?.version) throw new Error(`no @vscode/ripgrep version in ${shrinkwrap}`);
  const ripgrepSource = path.join(INSTALL_DIR, 'rg-source');
  mkdirSync(ripgrepSource, { recursive: true });
  copyFileSync('/usr/bin/rg', path.join(ripgrepSource, 'rg'));
  const cache = path.join(tmp, `vscode-ripgrep-cache-${ripgrepPkg.version}`);
  mkdirSync(cache, { recursive: true });
  for (const release of ripgrepReleases(ripgrepPkg.version)) {
    // The archive's name is all the postinstall checks before unpacking it.
    const archive = path.join(cache, `ripgrep-${release}-${ripgrepTarget()}.tar.gz`);
    execFileSync('tar', ['czf', archive, '-C', ripgrepSource, 'rg']);
  }
  rmSync(ripgrepSource, { recursive: true, force: true });
}

/** The ripgrep release tags a @vscode/ripgrep version downloads (see its lib/postinstall.js). */
function ripgrepReleases(version) {
  if (/^1\.15\./.test(version)) return ['v13.0.0-10', 'v13.0.0-4'];
  throw new Error(`@vscode/ripgrep ${version}: unknown ripgrep release; add its tag to scripts/e2e/code-server.mjs`);
}

function ripgrepTarget() {
  if (process.arch === 'x64') return 'x86_64-unknown-linux-musl';
  if (process.arch === 'arm64') return 'aarch64-unknown-linux-musl';
  throw new Error(`no ripgrep target for ${process.arch}`);
}

/** Throwaway HOME, XDG and TMPDIR folders so nothing of the machine's own editor state leaks in or out. */
export function isolatedEnv(base, extra = {}) {
  const dirs = { HOME: 'home', XDG_CONFIG_HOME: 'config', XDG_DATA_HOME: 'data', XDG_CACHE_HOME: 'cache', XDG_RUNTIME_DIR: 'runtime', TMPDIR: 'tmp' };
  const env = { ...process.env, ...extra };
  for (const [k, d] of Object.entries(dirs)) {
    env[k] = path.join(base, d);
    mkdirSync(env[k], { recursive: true, mode: 0o700 });
  }
  delete env.VSCODE_IPC_HOOK_CLI;
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

export function writeUserSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  const settings = {
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'window.commandCenter': false,
    ...extra,
  };
  writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}
