/**
 * node scripts/host-setup.ts demo|test: makes this machine ready for the demo or the tests,
 * as their npm scripts do first (`npm run demo`, `npm test`). The Debian packages of
 * deploy/debian-packages that are missing are installed, as root, saying which and why; the
 * test guests' boot kit (scripts/guest-kit.ts) is built once. A machine that has everything
 * costs one dpkg-query. Without root it installs nothing and prints what to run: the demo then
 * stops (it needs root), the tests go on (those that need root skip themselves, saying so).
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ensureGuestKit, readGuestKit } from './guest-kit.ts'
import { installCommand, installedPackages, packagesFor, parsePackageList } from './host-packages.ts'
import type { HostPackage, Purpose } from './host-packages.ts'

// MULTIVERSE_PACKAGE_LIST: another list, for test/host-setup.spec.ts.
const LIST = process.env.MULTIVERSE_PACKAGE_LIST ?? fileURLToPath(new URL('../deploy/debian-packages', import.meta.url))
const APT_TIMEOUT_MS = 900_000
const prefix = 'host-setup:'

function missingOf (needed: HostPackage[]): HostPackage[] | null {
  // eslint-disable-next-line no-template-curly-in-string -- dpkg-query's own format, not a template
  const query = spawnSync('dpkg-query', ['-W', '-f', '${Package} ${db:Status-Abbrev}\\n', ...needed.map((p) => p.name)], { encoding: 'utf8', timeout: 30_000 })
  if (query.error !== undefined) return null // not Debian: no dpkg
  const installed = installedPackages(query.stdout)
  return needed.filter((p) => !installed.has(p.name))
}

function apt (args: string[]): void {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', timeout: APT_TIMEOUT_MS, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  if (result.status !== 0) {
    console.error(`${prefix} apt-get ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}); run it by hand to see why`)
    process.exit(1)
  }
}

/** Installs what `purpose` lacks; false when it cannot (not root, not Debian), having said what to do. */
function installPackages (purpose: Purpose, root: boolean): boolean {
  const needed = packagesFor(parsePackageList(readFileSync(LIST, 'utf8')), purpose)
  const missing = missingOf(needed)
  if (missing === null) {
    console.error(`${prefix} no dpkg here: install the equivalents of ${needed.map((p) => p.name).join(' ')} (deploy/debian-packages says why)`)
    return false
  }
  if (missing.length === 0) return true
  const width = Math.max(...missing.map((p) => p.name.length))
  const lines = missing.map((p) => `  ${p.name.padEnd(width)}  ${p.why}`)
  if (!root) {
    console.error([`${prefix} the ${purpose === 'demo' ? 'demo' : 'tests'} need Debian packages this machine lacks:`, ...lines,
      'install them with:', `  sudo apt-get update && ${installCommand(missing, false).join(' ')}`].join('\n'))
    return false
  }
  console.log([`${prefix} installing ${missing.length} Debian package(s) the ${purpose === 'demo' ? 'demo' : 'tests'} need:`, ...lines].join('\n'))
  apt(['update', '-qq'])
  apt(installCommand(missing, true).slice(1))
  return true
}

async function main (purpose: string | undefined): Promise<void> {
  if (purpose !== 'demo' && purpose !== 'test') {
    console.error('usage: node scripts/host-setup.ts demo|test')
    process.exit(64)
  }
  const root = process.getuid?.() === 0
  const ready = installPackages(purpose, root)
  if (purpose === 'demo' && !(ready && root)) {
    if (!root) console.error(`${prefix} the demo builds a LAN of network namespaces, which needs root: sudo npm run demo`)
    process.exit(1)
  }
  if (readGuestKit() === undefined) {
    if (!root) console.error(`${prefix} no boot kit for test guests yet (the booting tests build it as root): sudo npm run guest-kit`)
    else await ensureGuestKit({ log: (line) => { console.log(`${prefix} guest kit: ${line}`) } })
  }
}

await main(process.argv[2])
