/**
 * Cluster bookkeeping (docs/architecture.md §3, §9): who is a member (signed member statements),
 * the named device mappings, and each host's view of every other host (adverts, heartbeats,
 * alive/suspect/dead). Pure data structures over signed envelopes; persistence and publishing
 * are handed in.
 */
export { MemberSet, statementFrom } from './membership.ts'
export type { Member, SignedStatement } from './membership.ts'
export { MappingSet, mappingFrom } from './mappings.ts'
export type { SignedMapping } from './mappings.ts'
export { ClusterMappings } from './cluster-mappings.ts'
export { mappingProblems } from './mapping-check.ts'
export { ClusterView, stateOf, SUSPECT_AFTER_MS, DEAD_AFTER_MS } from './view.ts'
export type { HostRecord } from './view.ts'
export { buildAdvert, sameContent } from './host-advert.ts'
export type { AdvertPolicy, AdvertState } from './host-advert.ts'
