/**
 * The control socket's API (docs/architecture.md §10), declared once: every route's request and
 * answer as a zod schema. The agent validates each request with its route's schema before it
 * reads a field (a POST's JSON body, a GET's query); the CLI imports the types only, so that a
 * command loads no zod at start (scripts/build.ts leaves `*-schema.ts` out of the CLI's start).
 * Answers are not checked at run time: they are the agent's own typed values, and a test holds
 * them to these schemas.
 */
import { z } from 'zod'
import { VM_STATES } from './cluster.ts'
import { capacitySchema, hostVmObject } from './cluster-schema.ts'
import { MAX_LEASE_TTL_MS, MAX_VM_DEADLINE_MS, MAX_VM_WAIT_MS } from './deadlines.ts'
import { UsageError } from './errors.ts'
import { hostInventorySchema } from './inventory-schema.ts'

/** How long a join token may live (`cluster token --ttl`): 10 s to 7 days (docs/architecture.md §9). */
const MIN_TOKEN_TTL_S = 10
const MAX_TOKEN_TTL_S = 7 * 24 * 3600

const said = (value: unknown): string => value === undefined ? 'undefined' : JSON.stringify(value)

/** A whole number in [min, max]; anything else is refused as `problem` says, with `hint`. */
function wholeNumber (min: number, max: number, problem: (value: string) => string, hint?: string): z.ZodType<number> {
  return z.custom<number>((v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max, {
    error: (issue) => problem(said(issue.input)), params: { hint }
  })
}

/** A field the request must carry, not empty. */
const needs = (field: string, what = ''): z.ZodString => {
  const error = `the request needs "${field}"${what}`
  return z.string({ error }).min(1, { error })
}
const flag = (field: string): z.ZodOptional<z.ZodBoolean> => z.boolean({ error: `"${field}" is true or false` }).optional()
/** The VM spec document as its file says it: the agent validates it as `plan` does. */
const spec = z.custom<unknown>((v) => v !== undefined, { error: 'the request needs "spec": the VM spec document' })
/** The caller's deadline for the owner's work (docs/architecture.md §6); absent: the operation's own. */
const deadlineMs = wholeNumber(1000, MAX_VM_DEADLINE_MS, (v) => `a deadline is 1 to ${MAX_VM_DEADLINE_MS / 1000} s, not ${v} ms`).optional()
const nothing = z.strictObject({})
const named = z.strictObject({ name: needs('name'), deadlineMs })

const refusal = z.strictObject({ code: z.string(), detail: z.string(), by: z.enum(['plan', 'host']) })
const placed = z.strictObject({
  placed: z.literal(true),
  vm: z.string(),
  host: z.string(),
  devices: z.array(z.string()),
  score: z.number(),
  leaseId: z.string(),
  confirmed: z.boolean(),
  expiresAtMs: z.number(),
  /** The hosts passed over, and why. */
  refusals: z.record(z.string(), refusal)
})
const unplaced = z.strictObject({ placed: z.literal(false), vm: z.string(), reasons: z.record(z.string(), refusal) })
const vmState = z.enum(VM_STATES)
const migrationMode = z.enum(['live', 'offline'], { error: '"mode" is "live" or "offline"' })
const devicesByHost = z.record(z.string(), z.string())
const migrationStatus = z.strictObject({
  vm: z.string(),
  from: z.string(),
  to: z.string(),
  mode: migrationMode,
  state: z.enum(['running', 'moved', 'aborted', 'pending']),
  phase: z.enum(['reserve', 'prepare', 'stop', 'transfer', 'commit', 'cleanup']),
  doneBytes: z.number(),
  totalBytes: z.number().nullable(),
  rateBytesPerSecond: z.number(),
  etaMs: z.number().nullable(),
  elapsedMs: z.number(),
  startedAt: z.string(),
  endedAt: z.string().optional(),
  downtimeMs: z.number().optional(),
  why: z.string().optional()
})

/** A host an evacuation command is for: absent, the host the command is given on. */
const evacuatedHost = needs('host', ': a host\'s name, or none for this host').optional()
const evacuee = z.strictObject({
  vm: z.string(),
  to: z.string().nullable(),
  mode: migrationMode.nullable(),
  state: z.enum(['pending', 'moving', 'moved', 'stuck', 'cancelled', 'returned']),
  why: z.string(),
  devices: z.strictObject({ from: z.array(z.string()), to: z.array(z.string()) })
})
const evacuation = z.strictObject({
  host: z.string(),
  state: z.enum(['planned', 'running', 'done', 'cancelled']),
  startedAt: z.string(),
  endedAt: z.string().optional(),
  shutdownWaitMs: z.number(),
  force: z.boolean(),
  vms: z.array(evacuee)
})
const rebalanceMove = z.strictObject({
  vm: z.string(),
  from: z.string(),
  to: z.string(),
  devices: z.array(z.string()),
  gain: z.number(),
  /** With --apply: how the move went. */
  state: z.enum(['moved', 'failed']).optional(),
  why: z.string().optional()
})

const snapshotHost = z.strictObject({
  id: z.string(),
  name: z.string(),
  state: z.enum(['alive', 'suspect', 'dead']),
  lastSeenMs: z.number().nullable(),
  labels: z.record(z.string(), z.string()),
  inventory: hostInventorySchema,
  allocatable: capacitySchema,
  maintenance: z.boolean().optional(),
  vms: z.array(hostVmObject)
})
const status = {
  clusterId: z.string(),
  self: z.string(),
  /** The peer IDs this host has a connection to now. */
  connected: z.array(z.string()),
  /** This host's name. */
  name: z.string(),
  /** The mesh's and placement's counters: a number, or numbers by reason or outcome. */
  counters: z.record(z.string(), z.union([z.number(), z.record(z.string(), z.number())]))
}
/** `GET /v1/status`: the snapshot `cluster status --json` prints (docs/architecture.md §5), and more. */
export const statusAnswerSchema = z.strictObject({ ...status, hosts: z.array(snapshotHost) })
/** `GET /v1/status?brief=1`: states and counts without inventories, for monitors that poll often. */
export const briefStatusAnswerSchema = z.strictObject({
  ...status,
  hosts: z.array(snapshotHost.omit({ inventory: true, vms: true }).extend({ devices: z.number(), vms: z.number() }))
})

/** Every route, `METHOD /path`, with its request (a POST's body, a GET's query) and answer. */
export const CONTROL_API = {
  'GET /v1/health': {
    request: nothing,
    answer: z.strictObject({ peerId: z.string(), name: z.string(), clusterId: z.string().nullable() })
  },
  'GET /v1/status': {
    request: z.strictObject({ brief: z.enum(['0', '1'], { error: '"brief" is 1 (states and counts only) or 0' }).optional() }),
    answer: statusAnswerSchema
  },
  'POST /v1/cluster/init': {
    request: nothing,
    answer: z.strictObject({ clusterId: z.string(), token: z.string(), expiresAtMs: z.number() })
  },
  'POST /v1/cluster/token': {
    request: z.strictObject({
      ttlSeconds: wholeNumber(MIN_TOKEN_TTL_S, MAX_TOKEN_TTL_S, (v) => `a token lives 10 s to 7 days, not ${v}`, 'e.g. --ttl 3600').optional()
    }),
    answer: z.strictObject({ token: z.string(), expiresAtMs: z.number() })
  },
  'POST /v1/cluster/join': {
    request: z.strictObject({ token: needs('token') }),
    answer: z.strictObject({ clusterId: z.string(), members: z.number() })
  },
  'POST /v1/cluster/remove': {
    request: z.strictObject({ host: needs('host', ': a member\'s name or peer ID') }),
    answer: z.strictObject({ removed: z.strictObject({ id: z.string(), name: z.string() }) })
  },
  'GET /v1/cluster/map': {
    request: nothing,
    answer: z.strictObject({ mappings: z.record(z.string(), devicesByHost) })
  },
  'POST /v1/cluster/map/add': {
    request: z.strictObject({
      name: needs('name'),
      devices: z.record(z.string(), z.string({ error: 'the request needs "devices": { host: address }' }), { error: 'the request needs "devices": { host: address }' })
    }),
    answer: z.strictObject({ name: z.string(), devices: devicesByHost })
  },
  'POST /v1/cluster/map/rm': {
    request: z.strictObject({ name: needs('name') }),
    answer: z.strictObject({ removed: z.string() })
  },
  'POST /v1/host/maintenance': {
    request: z.strictObject({ on: z.boolean({ error: 'the request needs "on": true or false' }) }),
    answer: z.strictObject({ maintenance: z.boolean() })
  },
  'POST /v1/vm/place': {
    request: z.strictObject({
      spec,
      /** false: leave it a lease that lapses (`vm place --lease-only`). */
      confirm: flag('confirm'),
      ttlSeconds: wholeNumber(1, MAX_LEASE_TTL_MS / 1000, (v) => `a lease lives 1 to ${MAX_LEASE_TTL_MS / 1000} s, not ${v}`, 'e.g. --ttl 60').optional()
    }),
    answer: z.discriminatedUnion('placed', [placed, unplaced])
  },
  'POST /v1/vm/create': {
    request: z.strictObject({ spec, host: needs('host').nullable().optional(), start: flag('start'), deadlineMs }),
    answer: z.discriminatedUnion('placed', [placed.extend({ state: vmState }), unplaced])
  },
  'POST /v1/vm/start': { request: named, answer: vmAnswer() },
  'POST /v1/vm/stop': {
    request: named.extend({
      /** How long the guest gets to shut down (0: the owner's default). */
      timeoutSeconds: wholeNumber(0, MAX_VM_WAIT_MS / 1000, (v) => `a stop waits 0 to ${MAX_VM_WAIT_MS / 1000} s, not ${v}`, 'e.g. --timeout 60').optional(),
      force: flag('force')
    }),
    answer: vmAnswer()
  },
  'POST /v1/vm/destroy': { request: named, answer: vmAnswer() },
  'POST /v1/vm/remove': { request: named.extend({ force: flag('force') }), answer: vmAnswer() },
  'POST /v1/vm/migrate': {
    /** Run on the VM's owner: `to` is the target host's name; absent, the scheduler picks one (docs/architecture.md §12). */
    request: z.strictObject({
      name: needs('name'),
      to: needs('to', ': the host to move it to (--to HOST), or none').optional(),
      mode: migrationMode.optional(),
      /** Offline: how long the guest gets to power off on ACPI (0: the default), and whether it is then powered off. */
      timeoutSeconds: wholeNumber(0, MAX_VM_WAIT_MS / 1000, (v) => `a shutdown waits 0 to ${MAX_VM_WAIT_MS / 1000} s, not ${v}`, 'e.g. --timeout 60').optional(),
      force: flag('force'),
      /** Live: the longest pause at the switch-over, and whether a busy guest is slowed until its memory converges. */
      maxDowntimeMs: wholeNumber(1, 60_000, (v) => `the maximum downtime is 1 to 60000 ms, not ${v}`, 'e.g. --max-downtime 300').optional(),
      autoConverge: flag('autoConverge'),
      /** The bandwidth cap: libvirt's (live), qemu-img's (offline). */
      bandwidthMiBs: wholeNumber(1, 100_000, (v) => `the bandwidth is 1 to 100000 MiB/s, not ${v}`, 'e.g. --bandwidth 200').optional(),
      /** Only say what would be done (`--dry-run`). */
      dryRun: flag('dryRun')
    }),
    answer: z.union([
      z.strictObject({ vm: z.string(), from: z.string(), to: z.string(), mode: migrationMode, elapsedMs: z.number(), downtimeMs: z.number().optional() }),
      z.strictObject({
        vm: z.string(), from: z.string(), to: z.string(), mode: migrationMode, why: z.string(), memoryBytes: z.number(),
        disks: z.array(z.strictObject({ name: z.string(), sizeBytes: z.number() })),
        /** The devices it holds here, and those its selectors and mappings resolve to on the target. */
        devices: z.strictObject({ from: z.array(z.string()), to: z.array(z.string()) })
      })
    ])
  },
  'POST /v1/vm/migrate/cancel': {
    /** Run on the VM's owner: its running migration aborts, unless past its commit. */
    request: z.strictObject({ name: needs('name') }),
    answer: migrationStatus
  },
  'GET /v1/migrations': {
    /** With `vm`: its owner's migrations (asked over the mesh when that is another host). */
    request: z.strictObject({ vm: needs('vm').optional() }),
    /** The migrations this host drives, running first, then the recent ones, newest first. */
    answer: z.strictObject({ host: z.string(), migrations: z.array(migrationStatus) })
  },
  'POST /v1/host/evacuate': {
    /** Run on the host it empties (docs/architecture.md §12): maintenance on, then every VM moved, in the background. */
    request: z.strictObject({
      host: evacuatedHost,
      /** Offline moves: the guest's ACPI shutdown wait (0: the default) and whether it is then powered off. */
      timeoutSeconds: wholeNumber(0, MAX_VM_WAIT_MS / 1000, (v) => `a shutdown waits 0 to ${MAX_VM_WAIT_MS / 1000} s, not ${v}`, 'e.g. --timeout 60').optional(),
      force: flag('force'),
      /** Only say what would move, how, and what cannot (`--dry-run`). */
      dryRun: flag('dryRun')
    }),
    answer: evacuation
  },
  'POST /v1/host/evacuate/cancel': {
    /** Running migrations are cancelled (those past their commit finish), the VMs not moved yet stay; the host stays in maintenance. */
    request: z.strictObject({ host: evacuatedHost }),
    answer: evacuation
  },
  'GET /v1/evacuation': {
    request: z.strictObject({ host: evacuatedHost }),
    /** The host's evacuation (the last one, until restored), and the migrations it drives. */
    answer: z.strictObject({ host: z.string(), evacuation: evacuation.nullable(), migrations: z.array(migrationStatus) })
  },
  'POST /v1/host/restore': {
    /** Out of maintenance; with `returnVms`, the VMs its evacuation moved away come back (each driven by its owner). */
    request: z.strictObject({ host: evacuatedHost, returnVms: flag('returnVms') }),
    answer: z.strictObject({
      host: z.string(),
      maintenance: z.boolean(),
      returned: z.array(z.strictObject({ vm: z.string(), from: z.string(), moved: z.boolean(), why: z.string().optional() }))
    })
  },
  'POST /v1/cluster/rebalance': {
    /** The rebalance plan on this host's live view; with `apply`, carried out move by move, planned again after each. */
    request: z.strictObject({
      apply: flag('apply'),
      /** Offline moves: the guest's ACPI shutdown wait (0: the default) and whether it is then powered off. */
      timeoutSeconds: wholeNumber(0, MAX_VM_WAIT_MS / 1000, (v) => `a shutdown waits 0 to ${MAX_VM_WAIT_MS / 1000} s, not ${v}`, 'e.g. --timeout 60').optional(),
      force: flag('force'),
      maxMoves: wholeNumber(0, 1000, (v) => `--max-moves is a whole number 0 to 1000, not ${v}`, 'e.g. --max-moves 5').optional(),
      minGain: z.custom<number>((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, {
        error: (issue) => `--min-gain is a number, 0 or more, not ${said(issue.input)}`, params: { hint: 'e.g. --min-gain 0.01' }
      }).optional()
    }),
    answer: z.strictObject({
      scoreBefore: z.number(),
      scoreAfter: z.number(),
      moves: z.array(rebalanceMove),
      /** With --apply: why it stopped (no move gains enough, --max-moves reached, a move failed). */
      stopped: z.string().optional()
    })
  },
  'POST /v1/vm/show': {
    request: z.strictObject({ name: needs('name') }),
    /** The VM as its owner's advert shows it, and the owner. */
    answer: hostVmObject.extend({ host: z.string() })
  }
} as const

/** A VM operation's answer: the VM's state after it, on its owner. */
function vmAnswer () {
  return z.strictObject({ vm: z.string(), host: z.string(), state: z.union([vmState, z.literal('removed')]) })
}

export type ControlRoute = keyof typeof CONTROL_API
/** What a route takes: a POST's JSON body, a GET's query. */
export type ControlRequest<R extends ControlRoute> = z.infer<(typeof CONTROL_API)[R]['request']>
/** What a route answers with status 200. */
export type ControlAnswer<R extends ControlRoute> = z.infer<(typeof CONTROL_API)[R]['answer']>
export type StatusAnswer = z.infer<typeof statusAnswerSchema>
export type BriefStatusAnswer = z.infer<typeof briefStatusAnswerSchema>

export function isControlRoute (route: string): route is ControlRoute {
  return Object.hasOwn(CONTROL_API, route)
}

/** A request that is not what its route takes: the first problem, and what to do about it. */
export class InvalidRequestError extends UsageError {
  override name = 'InvalidRequestError'
}

/** The request of `route`, validated; throws InvalidRequestError naming what is wrong. */
export function parseControlRequest<R extends ControlRoute> (route: R, input: unknown): ControlRequest<R> {
  const schema: z.ZodType = CONTROL_API[route].request
  const result = schema.safeParse(input)
  if (result.success) return result.data as ControlRequest<R>
  const issue = result.error.issues[0]!
  if (issue.code === 'unrecognized_keys') {
    const fields = Object.entries((CONTROL_API[route].request as z.ZodObject).shape)
      .map(([name, field]) => field.safeParse(undefined).success ? `${name}?` : name)
    throw new InvalidRequestError(`${route} takes no ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`, {
      hint: fields.length === 0 ? 'it takes nothing' : `it takes { ${fields.join(', ')} }`
    })
  }
  const hint = issue.code === 'custom' ? (issue.params as { hint?: string } | undefined)?.hint : undefined
  throw new InvalidRequestError(issue.message, { hint })
}
