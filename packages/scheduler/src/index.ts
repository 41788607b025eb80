/**
 * The placement engine's pure core (docs/architecture.md §5): VM specs in, a plan out. `parseVmSpec` and
 * `parseSnapshot` validate what comes from files; `plan` places specs over a snapshot, in
 * their order or (`order: 'fit'`) the one that places the most, each placement consuming what
 * it takes (a `Planner` keeps each host's running totals); hosts that do not fit come back as
 * reasons. `evacuate`, `rebalance` and `capacity` are plans over the same snapshot by the same
 * pipeline.
 */
export { parseVmSpec, validateVmSpec } from './spec.ts'
export { parseSnapshot } from './snapshot.ts'
export { plan, placeOne } from './plan.ts'
export type { PlanOptions, PlanOrder } from './plan.ts'
export { Planner } from './planner.ts'
export type { PlannerOptions } from './planner.ts'
export { compileRequest } from './request.ts'
export type { CompiledRequest, CompiledSelector } from './request.ts'
export { FILTERS } from './filters.ts'
export type { Filter, HostContext, Verdict } from './filters.ts'
export type { Strategy } from './scores.ts'
export { hugepageSizeProblem, parseSize, MAX_SIZE_BYTES } from './units.ts'
export { evacuate } from './evacuate.ts'
export type { EvacuateOptions, EvacuationMove, EvacuationPlan, StuckVm } from './evacuate.ts'
export { rebalance } from './rebalance.ts'
export type { RebalanceMove, RebalanceOptions, RebalancePlan } from './rebalance.ts'
export { capacity, MAX_CAPACITY_COPIES } from './capacity.ts'
export type { CapacityOptions, CapacityReport } from './capacity.ts'
export { clusterScore, hostLoad, scoreHosts } from './cluster-score.ts'
export type { HostLoad } from './cluster-score.ts'
export { moveRequest, derivedSpec } from './movable.ts'
export type { MoveRequest, Unmovable, UnmovableCode } from './movable.ts'
export { SpecError, UnknownHostError } from './errors.ts'
export type { SpecProblem } from './errors.ts'
export type * from './model.ts'
export { verifyHold } from './verify.ts'
export { antiAffinityIn, antiAffinityOf, conflicts, sideOf } from './anti-affinity.ts'
export type { Member, Side } from './anti-affinity.ts'
export type { Hold } from './verify.ts'
