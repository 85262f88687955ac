// What the real-editor run needs from the machine, checked up front so a missing
// piece fails at once with the command that installs it.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const CHROMIUM = process.env.VALUED_E2E_CHROMIUM || '/usr/bin/chromium';
const APT = 'apt-get install -y chromium ripgrep libkrb5-dev';

export class MissingPrerequisite extends Error {}

/** `forInstall`: what installing code-server needs as well (kerberos headers, ripgrep, Node headers). */
export function checkPrerequisites({ forInstall }) {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM}): Debian package chromium`);
  if (forInstall) {
    if (!existsSync('/usr/bin/rg')) missing.push('ripgrep (/usr/bin/rg), which stands in for the binary code-server would download: Debian package ripgrep');
    if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('kerberos headers (/usr/include/gssapi/gssapi.h) for code-server\'s native modules: Debian package libkrb5-dev');
    if (!nodeHeadersDir()) missing.push(`Node.js headers (include/node/node.h beside ${process.execPath}) for building native modules offline`);
  }
  const major = Number(process.versions.node.split('.')[0]);
  if (forInstall && major !== 20) missing.push(`Node.js 20 (code-server 4.100.3 installs on Node 20 only; this is ${process.version})`);
  if (missing.length) {
    throw new MissingPrerequisite(`the real-editor tests need:\n  - ${missing.join('\n  - ')}\ninstall with: ${APT}`);
  }
}

/** The prefix whose include/node holds this Node's headers, for npm_config_nodedir. */
export function nodeHeadersDir() {
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  return existsSync(path.join(prefix, 'include', 'node', 'node.h')) ? prefix : undefined;
}
