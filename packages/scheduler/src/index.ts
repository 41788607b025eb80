/**
 * The placement engine's pure core (DESIGN §5): VM specs in, a plan out. `parseVmSpec` and
 * `parseSnapshot` validate what comes from files; `plan` places specs over a snapshot, in
 * order, each placement consuming what it takes; hosts that do not fit come back as reasons.
 */
export { parseVmSpec, validateVmSpec } from './spec.ts'
export { parseSnapshot } from './snapshot.ts'
export { plan, placeOne } from './plan.ts'
export type { PlanOptions } from './plan.ts'
export { compileRequest } from './request.ts'
export type { CompiledRequest, CompiledSelector } from './request.ts'
export { FILTERS } from './filters.ts'
export type { Filter, HostContext, Verdict } from './filters.ts'
export type { Strategy } from './scores.ts'
export { parseSize, MAX_SIZE_BYTES } from './units.ts'
export { SpecError } from './errors.ts'
export type { SpecProblem } from './errors.ts'
export type * from './model.ts'
