/**
 * `multiverse host evacuate` and `host restore --return` on the lab cluster (docs/architecture.md
 * §12, "Evacuation"): real agents, each host's own libvirtd. h3 runs a VM that moves live, one
 * whose spec says `migration: offline` (shut down, powered off with --force, its disk streamed),
 * and one of 40 GiB that no other host can take. Asked on h1, the evacuation runs on h3: the
 * first two end on other hosts with their disk markers, the third stays and is reported; restore
 * --return brings the two back. Then h3's agent is stopped for good mid-move and killed -9 there;
 * restarted, it resumes the evacuation, which completes with every VM on exactly one host.
 * A device remapped through a mapping cannot be shown here (the lab has no IOMMU): the unit
 * tests (packages/workloads/test/evacuations.spec.ts) move a GPU VM offline with its mapping.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ClusterSnapshot, ControlAnswer } from '@multiverse/domain'
import { events, labCluster, qemuIo, wholeMesh } from './support/lab-cluster.ts'
import { until } from './support/until.ts'

const BIN = join(import.meta.dirname, '..', 'packages/cli/bin/multiverse.js')
// From the bundle (`node scripts/build.ts`): an agent restarted starts in ~1 s, not ~5 s.
const cluster = labCluster({ LAB_PREFIX: 'ev-', LAB_DIR: '/tmp/ev-lab', LAB_AGENT_CMD: BIN, LAB_CLI_CMD: BIN }, ['h1', 'h2', 'h3'])
const { env, hosts: HOSTS, call, domains, imagesOf, lab } = cluster
const HOOK_LINE = 'test hook: a migration stops here for good'
/** Each VM's disk marker: a byte pattern written before it first started. */
const MARKS: Record<string, number> = { web: 0x5a, cold: 0xa5 }

type Evacuation = NonNullable<ControlAnswer<'GET /v1/evacuation'>['evacuation']>
const agentLog = (host: string): string => readFileSync(join(env.LAB_DIR, host, 'agent.log'), 'utf8')
const image = (host: string, vm: string): string => join(imagesOf(host), `${vm}@root.qcow2`)
const holdsMark = (host: string, vm: string): boolean =>
  /read 262144\/262144 bytes/.test(qemuIo(['-U', '-r', '-f', 'qcow2', '-c', `read -P 0x${MARKS[vm]!.toString(16)} 1M 256k`, image(host, vm)]))
/** The hosts whose libvirt defines VM `vm`. */
const holders = async (vm: string): Promise<string[]> => (await Promise.all(HOSTS.map(async (h) => (await domains(h)).includes(vm) ? [h] : []))).flat()
const states = (e: Evacuation): Record<string, string> => Object.fromEntries(e.vms.map((v) => [v.vm, v.state]))

async function maintenance (hosts: string[], on: boolean): Promise<void> {
  for (const h of hosts) expect((await call(h, '/v1/host/maintenance', { on })).body).toEqual({ maintenance: on })
  await until('every host to see the maintenance', async () => (await Promise.all(HOSTS.map(async (h) => (await call<ClusterSnapshot>(h, '/v1/status')).body)))
    .every((v) => hosts.every((name) => (v.hosts.find((x) => x.name === name)?.maintenance ?? false) === on)), 15_000)
}

const meshWhole = async (): Promise<void> => { await wholeMesh(HOSTS, async (h) => (await call<ClusterSnapshot>(h, '/v1/status')).body) }

/** Every VM on exactly one host, each moved one with its marker where it is. */
async function eachOnOneHost (): Promise<Record<string, string>> {
  const where: Record<string, string> = {}
  for (const vm of ['web', 'cold', 'huge']) {
    const on = await holders(vm)
    expect(on, vm).toHaveLength(1)
    where[vm] = on[0]!
    if (MARKS[vm] !== undefined) expect(holdsMark(on[0]!, vm), `${vm}'s marker on ${on[0]!}`).toBe(true)
  }
  return where
}

describe('host evacuate on the lab', () => {
  it('from h1, h3 is emptied: one VM live, one offline, each with its disk marker; the one that fits nowhere stays, said why; restore --return brings them back', async () => {
    // h1 and h2 take no VM for a moment: the scheduler puts the three on h3, unpinned.
    await maintenance(['h1', 'h2'], true)
    for (const [spec, start] of [[cluster.guest('web', '160MiB'), true], [cluster.guest('cold', '128MiB', '64MiB', { migration: 'offline' }), true], [cluster.guest('huge', '40GiB', '16MiB'), false]] as const) {
      const created = await call<{ host: string }>('h1', '/v1/vm/create', { spec, start: false })
      expect([created.status, created.body.host], JSON.stringify(created.body)).toEqual([200, 'h3'])
      const vm = spec.name as string
      if (MARKS[vm] !== undefined) qemuIo(['-f', 'qcow2', '-c', `write -P 0x${MARKS[vm].toString(16)} 1M 256k`, image('h3', vm)])
      if (start) expect((await call('h1', '/v1/vm/start', { name: vm })).body).toMatchObject({ state: 'running' })
    }
    await maintenance(['h1', 'h2'], false)

    const dry = cluster.cli('h1', ['host', 'evacuate', 'h3', '--dry-run', '--json'])
    expect(dry.status, dry.stderr).toBe(0)
    const plan = events(dry.stdout)[0] as unknown as Evacuation
    expect(plan).toMatchObject({ host: 'h3', state: 'planned' })
    expect(Object.fromEntries(plan.vms.map((v) => [v.vm, [v.state, v.mode]]))).toEqual({ web: ['pending', 'live'], cold: ['pending', 'offline'], huge: ['stuck', null] })
    expect(plan.vms.find((v) => v.vm === 'huge')!.why).toMatch(/^no other host can take it \(h1: wants 40 GiB, .*; h2: wants 40 GiB, .*\)$/)
    expect(await holders('web')).toEqual(['h3'])

    const run = cluster.cli('h1', ['host', 'evacuate', 'h3', '--force', '--timeout', '3', '--json'])
    expect(run.status, run.stderr).toBe(3)
    expect(run.stderr).toMatch(/huge: cannot leave h3/)
    const streamed = events(run.stdout)
    expect(streamed.some((e) => e.event === 'progress' && e.vm === 'web' && e.state === 'moving' && typeof e.phase === 'string')).toBe(true)
    const ended = streamed.at(-1) as unknown as Evacuation & { event: string }
    expect([ended.event, ended.state, states(ended)]).toEqual(['evacuated', 'done', { web: 'moved', cold: 'moved', huge: 'stuck' }])
    const where = await eachOnOneHost()
    expect([where.web, where.cold, where.huge]).toEqual([ended.vms.find((v) => v.vm === 'web')!.to, ended.vms.find((v) => v.vm === 'cold')!.to, 'h3'])
    expect(where.web).not.toBe('h3')
    expect((await call<ClusterSnapshot>('h1', '/v1/status')).body.hosts.find((h) => h.name === 'h3')!.maintenance).toBe(true)

    const back = cluster.cli('h2', ['host', 'restore', 'h3', '--return', '--json'])
    expect(back.status, back.stderr + back.stdout).toBe(0)
    expect(JSON.parse(back.stdout)).toMatchObject({ host: 'h3', maintenance: false, returned: [{ vm: 'cold', moved: true }, { vm: 'web', moved: true }].sort((x, y) => ended.vms.findIndex((v) => v.vm === x.vm) - ended.vms.findIndex((v) => v.vm === y.vm)) })
    expect(await eachOnOneHost()).toEqual({ web: 'h3', cold: 'h3', huge: 'h3' })
  }, 240_000)

  it('h3\'s agent killed -9 mid-move: restarted, it resumes the evacuation, which completes; every VM is on exactly one host', async () => {
    lab(['kill', 'h3'])
    lab(['start', 'h3'], { MULTIVERSE_TEST_STOP_MIGRATE_AT: 'source:transfer' })
    await meshWhole()
    const from = agentLog('h3').length
    expect((await call('h3', '/v1/host/evacuate', { force: true, timeoutSeconds: 3 })).body).toMatchObject({ state: 'running' })
    await until('a move to stop at its transfer on h3', () => agentLog('h3').slice(from).includes(HOOK_LINE), { timeoutMs: 60_000, intervalMs: 100 })
    lab(['kill', 'h3'])
    lab(['start', 'h3'])
    let seen: Evacuation | null = null
    await until('the resumed evacuation to end', async () => {
      seen = (await call<ControlAnswer<'GET /v1/evacuation'>>('h3', '/v1/evacuation').catch(() => undefined))?.body.evacuation ?? null
      return seen !== null && seen.state !== 'running'
    }, { timeoutMs: 150_000, intervalMs: 500, seen: () => JSON.stringify(seen) })
    expect([seen!.state, states(seen!)]).toEqual(['done', { web: 'moved', cold: 'moved', huge: 'stuck' }])
    expect(agentLog('h3').slice(from)).toMatch(/evacuation resumed after a restart/)
    const where = await eachOnOneHost()
    expect([where.web === 'h3', where.cold === 'h3', where.huge]).toEqual([false, false, 'h3'])
    await until('every view to name the same owners', async () => (await Promise.all(['web', 'cold'].map(async (vm) => await cluster.owners(vm))))
      .every((owners, i) => owners.every((o) => o === where[['web', 'cold'][i]!])), 15_000)
  }, 240_000)
})
