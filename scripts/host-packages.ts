/**
 * The Debian packages the demo and the tests need (deploy/debian-packages, the one list), and
 * what to do about the missing ones: pure, so that test/host-setup.spec.ts can take it apart.
 * scripts/host-setup.ts does the I/O.
 */
export type Purpose = 'demo' | 'test'

export interface HostPackage {
  name: string
  for: Purpose[]
  why: string
}

/** The list file's problem, with its line: the file is the repository's, so this is a bug. */
export class PackageListError extends Error {
  override name = 'PackageListError'
}

const NAME = /^[a-z0-9][a-z0-9+.-]+$/
const PURPOSES: readonly string[] = ['demo', 'test']

/** Parses deploy/debian-packages: `package  demo,test  why ...` per line, # comments. */
export function parsePackageList (text: string): HostPackage[] {
  const packages: HostPackage[] = []
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const [name = '', purposes = '', ...why] = line.split(/\s+/)
    const where = `deploy/debian-packages line ${index + 1}`
    if (!NAME.test(name)) throw new PackageListError(`${where}: ${JSON.stringify(name)} is not a Debian package name`)
    const list = purposes.split(',')
    if (!list.every((p) => PURPOSES.includes(p))) throw new PackageListError(`${where}: needed by ${JSON.stringify(purposes)}: use demo, test or demo,test`)
    if (why.length === 0) throw new PackageListError(`${where}: ${name} says nothing about why it is needed`)
    packages.push({ name, for: list as Purpose[], why: why.join(' ') })
  })
  return packages
}

/** The packages `purpose` needs. */
export function packagesFor (list: HostPackage[], purpose: Purpose): HostPackage[] {
  return list.filter((p) => p.for.includes(purpose))
}

/**
 * The installed ones, from `dpkg-query -W -f '${Package} ${db:Status-Abbrev}\n' NAMES...`: a
 * package dpkg knows but has removed ("rc") is not installed.
 */
export function installedPackages (dpkgQuery: string): Set<string> {
  const installed = new Set<string>()
  for (const line of dpkgQuery.split('\n')) {
    const [name, status] = line.trim().split(/\s+/)
    if (name !== undefined && status?.startsWith('ii') === true) installed.add(name.replace(/:.*$/, ''))
  }
  return installed
}

/** The exact command that installs `missing` (prefixed with sudo for a user who is not root). */
export function installCommand (missing: HostPackage[], root: boolean): string[] {
  return [...(root ? [] : ['sudo']), 'apt-get', 'install', '-y', '--no-install-recommends', ...missing.map((p) => p.name)]
}
