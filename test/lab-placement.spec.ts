/**
 * The reservation race with real agent processes in the lab: five hosts, each placing forty VMs
 * at once into a cluster that fits fewer. Nothing may be given twice, every refusal must say
 * why on every host, and once gossip settles every host must hold the same view of who has what.
 */
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ClusterSnapshot } from '@multiverse/domain'
import type { PlanSnapshot } from '@multiverse/scheduler'
import { control } from './support/control.ts'
import { runLab } from './support/lab.ts'
import { checkPlacements, raceSpecs } from './support/placement-race.ts'
import type { RaceResult } from './support/placement-race.ts'
import { until } from './support/until.ts'

// Its own namespaces and state directory: another lab may be up beside it.
const env = { LAB_PREFIX: 'place-', LAB_DIR: '/tmp/multiverse-lab-place' }
const HOSTS = ['h1', 'h2', 'h3', 'h4', 'h5']
const PER_HOST = 40

const lab = (args: string[]): string => runLab(args, env)
const socket = (host: string): string => join(env.LAB_DIR, host, 'agent.sock')
const view = async (host: string): Promise<ClusterSnapshot> => (await control<ClusterSnapshot>(socket(host), 'GET', '/v1/status')).body
const holdings = (s: ClusterSnapshot): string => JSON.stringify(s.hosts.map((h) => [h.name, h.vms.map((v) => [v.name, v.state, v.devices])]))

beforeAll(() => {
  if (process.getuid?.() !== 0) throw new Error('the lab tests build network namespaces: run npm test as root (CI does)')
  lab(['down'])
  lab(['up', String(HOSTS.length), '--no-libvirt'])
}, 180_000)
afterAll(() => { lab(['down']) }, 60_000)

describe('five planners on five hosts', () => {
  it(`each placing ${PER_HOST} VMs at once: no device or GiB twice, every refusal explained, one view`, async () => {
    const snapshot = await view('h1') as unknown as PlanSnapshot
    const specs = raceSpecs(snapshot, HOSTS, PER_HOST, randomBytes(3).toString('hex'))
    const results = (await Promise.all(HOSTS.map(async (host, i) => await Promise.all(specs[i]!.map(async (spec) => {
      const answer = await control<RaceResult>(socket(host), 'POST', '/v1/vm/place', { spec })
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      return answer.body
    }))))).flat()
    let views: ClusterSnapshot[] = []
    await until('every host to hold the same view', async () => {
      views = await Promise.all(HOSTS.map(view))
      return new Set(views.map(holdings)).size === 1
    }, { timeoutMs: 15_000, intervalMs: 200 })
    expect(new Set(views.map(holdings)).size, 'every host holds the same view').toBe(1)
    const summary = checkPlacements(views[0]!, results)
    expect(summary.placed).toBeGreaterThan(0)
    expect(summary.refused).toBeGreaterThan(0)
    expect(summary.placed + summary.refused).toBe(HOSTS.length * PER_HOST)
    // The race was real: hosts refused leases that their planners' views said they could give.
    expect(summary.refusedByHost).toBeGreaterThan(0)
  }, 120_000)
})
