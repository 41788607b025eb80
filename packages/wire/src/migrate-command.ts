/**
 * `/multiverse/migrate-command/1`: a migration command given on a host that does not own the
 * VM, carried to its owner (docs/architecture.md §12). The route names a control API route;
 * its request and answer ride as JSON, which the receiver holds to the route's schema: here
 * they are only capped and parsed.
 */
import { decodeVersioned } from './codec.ts'
import { errorData, errorFields } from './error-data.ts'
import type { ErrorData } from './error-data.ts'
import { MalformedMessageError } from './errors.ts'
import { multiverse } from './generated/wire.js'
import { MESH_VERSION, clusterId } from './mesh.ts'

const wire = multiverse.v1
export const MAX_MIGRATE_COMMAND_BYTES = 16 << 10
/** The list of migrations is the longest answer: 20 recent ones and the running. */
export const MAX_MIGRATE_COMMAND_ANSWER_BYTES = 64 << 10
const MIGRATION_ROUTES = ['POST /v1/vm/migrate', 'POST /v1/vm/migrate/cancel', 'GET /v1/migrations'] as const
/** An evacuation is run by the host it empties: given elsewhere, it goes there (docs/architecture.md §12). */
const EVACUATION_ROUTES = ['POST /v1/host/evacuate', 'POST /v1/host/evacuate/cancel', 'GET /v1/evacuation', 'POST /v1/host/restore'] as const
const ROUTES = [...MIGRATION_ROUTES, ...EVACUATION_ROUTES] as const
export type MigrationRoute = typeof MIGRATION_ROUTES[number]
export type EvacuationRoute = typeof EVACUATION_ROUTES[number]
export type MigrateCommandRoute = typeof ROUTES[number]

export function isEvacuationRoute (route: MigrateCommandRoute): route is EvacuationRoute {
  return (EVACUATION_ROUTES as readonly string[]).includes(route)
}

export interface MigrateCommand { clusterId: string, route: MigrateCommandRoute, request: unknown }
export type MigrateCommandAnswer = { ok: true, answer: unknown } | ErrorData

export function encodeMigrateCommand (command: MigrateCommand): Uint8Array {
  return wire.MigrateCommand.encode({ version: MESH_VERSION, clusterId: command.clusterId, route: command.route, requestJson: JSON.stringify(command.request ?? null) }).finish()
}

export function decodeMigrateCommand (bytes: Uint8Array): MigrateCommand {
  const name = 'MigrateCommand'
  const m = decodeVersioned(name, wire.MigrateCommand, bytes, MAX_MIGRATE_COMMAND_BYTES, MESH_VERSION)
  const route = ROUTES.find((r) => r === m.route)
  if (route === undefined) throw new MalformedMessageError(name, `invalid at route: ${JSON.stringify(m.route.slice(0, 40))} is not a migration command`)
  return { clusterId: clusterId(name, m.clusterId), route, request: json(name, 'requestJson', m.requestJson) }
}

export function encodeMigrateCommandAnswer (answer: MigrateCommandAnswer): Uint8Array {
  return wire.MigrateCommandAnswer.encode(answer.ok
    ? { version: MESH_VERSION, answerJson: JSON.stringify(answer.answer) }
    : { version: MESH_VERSION, ...errorFields(answer) }).finish()
}

export function decodeMigrateCommandAnswer (bytes: Uint8Array): MigrateCommandAnswer {
  const name = 'MigrateCommandAnswer'
  const m = decodeVersioned(name, wire.MigrateCommandAnswer, bytes, MAX_MIGRATE_COMMAND_ANSWER_BYTES, MESH_VERSION)
  if (m.errorKind !== '') return errorData(m)
  return { ok: true, answer: json(name, 'answerJson', m.answerJson) }
}

function json (message: string, field: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new MalformedMessageError(message, `invalid at ${field}: not JSON`)
  }
}
