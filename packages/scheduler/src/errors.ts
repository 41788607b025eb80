import { UsageError } from '@multiverse/domain'

/** One problem in a spec file: where (`devices[0].count`) and what to do about it. */
export interface SpecProblem {
  /** The field, as a path a person reads: `disks[1].size`; `(top)` for the document itself. */
  path: string
  problem: string
}

/**
 * A VM spec (or what it names, such as a mapping) is wrong. A usage error, exit code 2: the
 * message names the file, the field and the fix, one line per problem,
 * e.g. `desktop.yaml: devices[0].count: must be at least 1`.
 */
export class SpecError extends UsageError {
  override name = 'SpecError'
  /** The file the spec came from, or the VM's name when it did not come from a file. */
  readonly source: string
  /** The first problem's path. */
  readonly path: string
  readonly problems: SpecProblem[]
  constructor (source: string, problems: SpecProblem[], options?: { hint?: string, cause?: unknown }) {
    super(problems.map((p) => `${source}: ${p.path}: ${p.problem}`).join('\n'), options)
    this.source = source
    this.path = problems[0]?.path ?? '(top)'
    this.problems = problems
  }
}

/** `['devices', 0, 'count']` -> `devices[0].count`. */
export function formatPath (path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '(top)' : out
}

/** A plan names a host the snapshot does not have (`plan evacuate HOST`). A usage error, exit 2. */
export class UnknownHostError extends UsageError {
  override name = 'UnknownHostError'
  readonly host: string
  constructor (host: string, known: readonly string[]) {
    super(`no host named ${host} in the snapshot (it has ${known.length === 0 ? 'none' : known.join(', ')})`)
    this.host = host
  }
}
