/**
 * VM spec files (YAML, or JSON, which YAML reads too) into a normalized {@link VmSpec}. Strict:
 * an unknown field is refused rather than ignored, since a misspelt `antiAfinity` silently
 * ignored puts two routers on one host. Every error names the file, the field and the fix.
 */
import { posix } from 'node:path'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import { z } from 'zod'
import { formatBytes } from '@multiverse/domain'
import type { DeviceRequest, VmSpec } from '@multiverse/domain'
import { SpecError, formatPath } from './errors.ts'
import type { SpecProblem } from './errors.ts'
import { hugepageSizeProblem, parseSize } from './units.ts'

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,62}$/
const name = (what: string) => z.string().regex(NAME, `must be a ${what} name: a letter or digit, then letters, digits, . _ - (at most 63)`)

/** YAML reads an unquoted `8086` as a number: take it back as the id it was meant to be. */
const hexId = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 9999 ? String(v).padStart(4, '0') : v),
  z.string().regex(/^[0-9a-fA-F]{4}$/, 'must be 4 hex digits, quoted, like "10de"').transform((v) => v.toLowerCase())
)

const size = z.unknown().transform((v, ctx) => {
  const verdict = parseSize(v)
  if (verdict.ok) return verdict.bytes
  ctx.addIssue({ code: 'custom', message: verdict.problem })
  return z.NEVER
})
const positiveSize = size.refine((bytes) => bytes > 0, 'must be more than 0')

/** The page size of a hugepage-backed VM (`hugepages: 2MiB`): a power of two of at least 4KiB. */
const hugepageSize = size.superRefine((bytes, ctx) => {
  const problem = hugepageSizeProblem(bytes)
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem })
})

/** Classes a VM can be given; bridges are never assigned, only the endpoints behind them. */
const CLASSES = ['gpu', 'display', 'audio', 'nic', 'usb', 'nvme', 'storage', 'accelerator', 'serial-bus', 'other'] as const

const selector = z.strictObject({
  class: z.enum(CLASSES, `must be one of ${CLASSES.join(', ')}`).optional(),
  vendor: hexId.optional(),
  device: hexId.optional(),
  subsystemVendor: hexId.optional(),
  subsystemDevice: hexId.optional(),
  vf: z.boolean().optional(),
  network: z.boolean().default(false),
  count: z.number().int('must be a whole number').min(1, 'must be at least 1').max(64, 'must be at most 64').default(1),
  romBar: z.boolean().default(true)
}).refine((s) => [s.class, s.vendor, s.device, s.subsystemVendor, s.subsystemDevice].some((f) => f !== undefined),
  'say which device: give at least one of class, vendor, device, subsystemVendor, subsystemDevice')
  .transform((s): DeviceRequest => ({ kind: 'selector', ...s }))

const mapping = z.strictObject({
  mapping: name('mapping'),
  network: z.boolean().default(false),
  romBar: z.boolean().default(true)
}).transform((m): DeviceRequest => ({ kind: 'mapping', ...m }))

/** A `mapping:` entry and a selector take different fields: pick the schema by that key. */
const device = z.unknown().transform((v, ctx) => {
  const schema = typeof v === 'object' && v !== null && 'mapping' in v ? mapping : selector
  const result = schema.safeParse(v)
  if (result.success) return result.data
  for (const p of problemsOf(result.error.issues, v)) ctx.addIssue({ code: 'custom', message: p.problem, path: p.path })
  return z.NEVER
})

const labelValue = z.union([z.string(), z.number(), z.boolean()], 'must be a string').transform(String)

/**
 * Characters XML 1.0 cannot carry (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/FFFF):
 * libvirt would refuse the whole domain over one of them in a title or description.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u
/** A title is one line: libvirt refuses a title with a line break. */
const NOT_ONE_LINE = /[\u0000-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]/u

/** Text for people, counted in characters (code points: an emoji is one), as libvirt stores it. */
const text = (max: number, forbidden: RegExp, fix: string) => z.string().superRefine((value, ctx) => {
  const length = [...value].length
  if (length > max) ctx.addIssue({ code: 'custom', message: `must be at most ${max} characters (it has ${length})${fix === '' ? '' : `: ${fix}`}` })
  const bad = forbidden.exec(value)
  if (bad !== null) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
    ctx.addIssue({ code: 'custom', message: `has a control or invalid character (U+${code} at character ${[...value.slice(0, bad.index)].length + 1}): remove it` })
  }
})

/** Where a path names a file on the host: absolute, normalized, nothing to reinterpret. */
function pathProblem (path: string): string | null {
  if (!path.startsWith('/')) return 'must be an absolute path (starting with /), like /var/lib/multiverse/boot/vmlinuz'
  if (/[\u0000-\u001F\u007F]/.test(path)) return 'must not contain control characters'
  if (path.length > 4095) return 'must be at most 4095 characters (PATH_MAX)'
  if (path === '/' || path.endsWith('/')) return 'must name a file, not a directory: drop the trailing /'
  const segments = path.slice(1).split('/')
  // `..` is refused rather than resolved: through a symlink it need not mean what it reads as.
  if (segments.includes('..')) return 'must not contain .. segments: write the path without them'
  if (segments.some((s) => s === '' || s === '.')) return `must be normalized: write ${posix.normalize(path)}`
  return null
}

const absolutePath = z.string().superRefine((path, ctx) => {
  const problem = pathProblem(path)
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem })
})

const boot = z.strictObject({
  kernel: absolutePath,
  initrd: absolutePath.nullable().default(null),
  cmdline: z.string().refine((line) => line.length <= 1024, 'must be at most 1024 characters')
    .regex(/^[\x20-\x7E]*$/, 'must be printable ASCII on one line (no control or non-ASCII characters)').default('')
})

const placement = z.strictObject({
  hostLabels: z.record(z.string(), labelValue).default({}),
  group: name('group').nullable().default(null),
  antiAffinity: z.array(name('group')).default([]),
  affinity: z.array(name('group')).default([]),
  numa: z.enum(['none', 'preferred', 'required'], 'must be none, preferred or required').default('none'),
  host: name('host').nullable().default(null)
})

const disk = z.strictObject({ name: name('disk'), size: positiveSize })

const vmSpecSchema = z.strictObject({
  name: name('VM'),
  title: text(256, NOT_ONE_LINE, 'put the rest in description').nullable().default(null),
  description: text(4096, NOT_XML, '').nullable().default(null),
  vcpus: z.number().int('must be a whole number').min(1, 'must be at least 1').max(4096, 'must be at most 4096'),
  memory: positiveSize.refine((bytes) => bytes >= 1024 ** 2, `must be at least ${formatBytes(1024 ** 2)}`),
  hugepages: hugepageSize.nullable().default(null),
  disks: z.array(disk).default([]),
  devices: z.array(device).max(64, 'at most 64 entries').default([]),
  placement: placement.default({ hostLabels: {}, group: null, antiAffinity: [], affinity: [], numa: 'none', host: null }),
  migration: z.enum(['auto', 'live', 'offline', 'never'], 'must be auto, live, offline or never').default('auto'),
  boot: boot.nullable().default(null)
}).superRefine((spec, ctx) => {
  const seen = new Set<string>()
  spec.disks.forEach((d, i) => {
    if (seen.has(d.name)) ctx.addIssue({ code: 'custom', path: ['disks', i, 'name'], message: `another disk is already named ${d.name}` })
    seen.add(d.name)
  })
  // A guest backed by hugepages gets whole pages: a remainder would be refused by QEMU at start.
  const page = spec.hugepages
  if (page !== null && hugepageSizeProblem(page) === null && spec.memory % page !== 0) {
    const below = Math.floor(spec.memory / page) * page
    const above = below + page
    ctx.addIssue({
      code: 'custom',
      path: ['memory'],
      message: `${formatBytes(spec.memory)} is not a whole number of ${formatBytes(page)} hugepages: make it a multiple of ${formatBytes(page)}` +
        (below > 0 ? ` (like ${formatBytes(below)} or ${formatBytes(above)})` : ` (like ${formatBytes(above)})`)
    })
  }
})

/**
 * Parses and validates one spec. `source` names it in errors (the file name, usually).
 * Throws {@link SpecError} listing every problem found.
 */
export function parseVmSpec (text: string, source: string): VmSpec {
  let document: unknown
  try {
    document = parseYaml(text)
  } catch (error) {
    const at = error instanceof YAMLParseError && error.linePos !== undefined ? `line ${error.linePos[0].line}` : '(top)'
    throw new SpecError(source, [{ path: at, problem: `not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}` }], { cause: error })
  }
  return validateVmSpec(document, source)
}

/** Validates an already-parsed document (a JSON value). Throws {@link SpecError}. */
export function validateVmSpec (document: unknown, source: string): VmSpec {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new SpecError(source, [{ path: '(top)', problem: 'must be a mapping of fields (name, vcpus, memory...)' }])
  }
  const result = vmSpecSchema.safeParse(document)
  if (!result.success) {
    const problems: SpecProblem[] = problemsOf(result.error.issues, document).map((p) => ({ path: formatPath(p.path), problem: p.problem }))
    throw new SpecError(source, problems, { hint: 'a spec has name, vcpus, memory and, optionally, hugepages, title, description, disks, devices, placement, migration, boot' })
  }
  const { memory, hugepages, disks, ...rest } = result.data
  return { ...rest, memoryBytes: memory, hugepageBytes: hugepages, disks: disks.map((d) => ({ name: d.name, sizeBytes: d.size })) }
}

/** Zod's issues in the words of the spec's author; an unknown field is named in its path. */
function problemsOf (issues: readonly z.core.$ZodIssue[], input: unknown): { path: PropertyKey[], problem: string }[] {
  return issues.flatMap((issue) => issue.code === 'unrecognized_keys'
    ? issue.keys.map((key) => ({ path: [...issue.path, key], problem: 'unknown field: check the spelling' }))
    : [{ path: [...issue.path], problem: describe(issue, input) }])
}

function describe (issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined ? 'is required' : `must be ${article(issue.expected)}`
    case 'too_small':
      return issue.origin === 'array' ? `must have at least ${String(issue.minimum)} entries` : `must be at least ${String(issue.minimum)}`
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`
    default:
      return issue.message
  }
}

function article (type: string): string {
  return type === 'object' ? 'a mapping of fields' : type === 'array' ? 'a list' : type === 'int' ? 'a whole number' : `a ${type}`
}

function valueAt (input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}
