/**
 * What this host does with a migration or evacuation command it is the one to run
 * (migration-commands.ts brings it those given elsewhere): an evacuation's are its host's, a
 * migration's its VM's owner's.
 */
import type { ControlAnswer, ControlRequest } from '@multiverse/domain'
import { isEvacuationRoute } from '@multiverse/wire'
import type { MigrateCommandRoute, MigrationRoute } from '@multiverse/wire'
import type { Evacuations } from './evacuations.ts'
import type { RunLocally } from './migration-commands.ts'
import type { Migrations } from './migrations.ts'

export function localCommands (migrations: Pick<Migrations, 'command'>, evacuations: Pick<Evacuations, 'command'>): RunLocally {
  return async <R extends MigrateCommandRoute>(route: R, request: ControlRequest<R>): Promise<ControlAnswer<R>> => (isEvacuationRoute(route)
    ? await evacuations.command(route, request as never)
    : await migrations.command(route as MigrationRoute, request as never)) as ControlAnswer<R>
}
