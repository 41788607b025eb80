/**
 * npm run demo: a real three-host cluster on this machine. Three network namespaces on one
 * bridge (the LAN), one agent and one libvirtd per host with its own fixture machine (a
 * desktop, a laptop, a two-socket server), formed through join tokens; every host's view of
 * the cluster; a VM created from one host, placed by the cluster and booted by its owner
 * (a Debian kernel under TCG), seen from another; a GPU VM placed where a GPU is free.
 * The lab stays up to explore; `deploy/lab/lab down` removes it. `npm run demo` makes the
 * machine ready first (scripts/host-setup.ts: the Debian packages, the guest kit).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureGuestKit, GUEST_MARKER } from './guest-kit.ts'

const top = join(fileURLToPath(import.meta.url), '..', '..')
const lab = join(top, 'deploy', 'lab', 'lab')

function run (title: string, command: string, args: string[]): void {
  console.log(`\n=== ${title}\n$ ${[command.replace(`${top}/`, ''), ...args].join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: 120_000 })
  if (result.status !== 0) {
    console.error(`\ndemo: that step failed (exit ${result.status ?? result.signal}); the agents' logs are in /tmp/multiverse-lab/h*/agent.log`)
    process.exit(1)
  }
}

console.log('=== the guest kit (a Debian kernel and a busybox initramfs, cached in /var/cache/multiverse-guest)')
const kit = await ensureGuestKit({ log: (line) => { console.log(line) } })
const LAB_DIR = process.env.LAB_DIR ?? '/tmp/multiverse-lab'
const exec = (host: string, ...args: string[]): [string, string[]] => ['bash', [lab, 'exec', host, '--', 'multiverse', ...args]]

run('remove a lab left from an earlier run', 'bash', [lab, 'down'])
run('three hosts, each with its own agent, joined into one cluster', 'bash', [lab, 'up', '3'])
for (const host of ['h1', 'h2', 'h3']) {
  run(`the cluster as ${host} sees it`, 'bash', [lab, 'exec', host, '--', 'multiverse', 'cluster', 'status'])
}
run('GPUs anywhere in the cluster, from h2', ...exec('h2', 'cluster', 'devices', '--class', 'gpu'))

const specs = join(LAB_DIR, 'specs')
mkdirSync(specs, { recursive: true })
writeFileSync(join(specs, 'web.yaml'), [
  'name: web', 'vcpus: 1', 'memory: 192MiB', 'disks: [{ name: root, size: 64MiB }]',
  `boot: { kernel: ${kit.kernel}, initrd: ${kit.initramfs}, cmdline: "console=ttyS0 panic=-1" }`, ''
].join('\n'))
writeFileSync(join(specs, 'gamer.yaml'), ['name: gamer', 'vcpus: 4', 'memory: 8GiB', 'devices:', '  - { class: gpu, romBar: false }', ''].join('\n'))
run('a VM spec', 'cat', [join(specs, 'web.yaml')])
run('create it from h1: the cluster picks a host, that host defines and starts it', ...exec('h1', 'vm', 'create', join(specs, 'web.yaml'), '--start'))
run('every VM in the cluster, as h3 sees it', ...exec('h3', 'vm', 'list'))
const owner = (JSON.parse(spawnSync('bash', [lab, 'exec', 'h3', '--', 'multiverse', 'vm', 'show', 'web', '--json'], { encoding: 'utf8' }).stdout) as { host: string }).host
const consoleLog = join(LAB_DIR, owner, 'data', 'console', 'web.log')
const deadline = Date.now() + 60_000
let booted = false
while (!booted && Date.now() < deadline) {
  try { booted = readFileSync(consoleLog, 'utf8').includes(GUEST_MARKER) } catch {}
  if (!booted) spawnSync('sleep', ['0.5'])
}
console.log(`\n=== the guest's serial console on ${owner} (${consoleLog})\n${readFileSync(consoleLog, 'utf8').split('\n').filter((l) => l.startsWith('multiverse-guest')).join('\n')}`)
const elsewhere = owner === 'h1' ? 'h2' : 'h1'
run(`move it live from ${owner} to ${elsewhere}, asked on h3 (the owner drives it): memory and disk ride stunnel, libvirt's RPC a data channel, all TLS keyed by the mesh; no libvirt port, no SSH key`, ...exec('h3', 'cluster', 'migrate', 'web', '--to', elsewhere))
run(`move it back offline: shut down (powered off after 3 s: its init ignores ACPI), its disk streamed and checked, booted on ${owner}`,
  ...exec('h3', 'cluster', 'migrate', 'web', '--to', owner, '--offline', '--timeout', '3', '--force'))
run(`the migrations web's owner (${owner} again) drove`, ...exec('h3', 'cluster', 'migrations', 'web'))
run('every VM in the cluster, as h3 sees it: one owner, the new one', ...exec('h3', 'vm', 'list'))
run('a VM that needs a GPU, placed and reserved where a whole IOMMU group with a GPU is free', ...exec('h2', 'vm', 'place', join(specs, 'gamer.yaml')))
run('h3 loses the LAN: the others mark it suspect after 3 s', 'bash', [lab, 'cut', 'h3'])
spawnSync('sleep', ['4'])
run('h1 after 4 s', 'bash', [lab, 'exec', 'h1', '--', 'multiverse', 'cluster', 'status'])
run('h3 back on the LAN', 'bash', [lab, 'heal', 'h3'])
spawnSync('sleep', ['2'])
run('h1 after 2 s', 'bash', [lab, 'exec', 'h1', '--', 'multiverse', 'cluster', 'status'])
console.log(`
The lab is still up. Explore it, then remove it:
  deploy/lab/lab exec h2 -- multiverse cluster status --json
  deploy/lab/lab exec h3 -- multiverse vm stop web --timeout 5 --force
  deploy/lab/lab exec h1 -- multiverse vm remove web
  deploy/lab/lab kill h2; deploy/lab/lab start h2
  deploy/lab/lab down`)
