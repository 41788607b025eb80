import { RefusedError, UsageError } from '@multiverse/domain'

/** This agent is in no cluster yet: init or join first. */
export class NotInClusterError extends RefusedError {
  override name = 'NotInClusterError'
  constructor () {
    super('this host is not in a cluster yet', { hint: 'run multiverse cluster init, or multiverse cluster join TOKEN with a token from a member' })
  }
}

export class AlreadyInClusterError extends RefusedError {
  override name = 'AlreadyInClusterError'
  constructor (clusterId: string) {
    super(`this host is already in cluster ${clusterId}`, { hint: 'a host is in one cluster; to start over, stop the agent and give it a new --data directory' })
  }
}

export { RefusedError, UsageError }
