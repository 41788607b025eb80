/**
 * An error carried as data in an answer (VM operations, migration steps): its kind, name,
 * message and hint, so the asker reports and exits as the host that failed would have
 * (packages/domain/src/error-kinds.ts). Capped here: they are another host's words.
 */
import { ERROR_KINDS } from '@multiverse/domain'
import type { ErrorKind } from '@multiverse/domain'

export interface ErrorData { ok: false, kind: ErrorKind, name: string, message: string, hint: string }

interface ErrorFields { errorKind: string, errorName: string, errorMessage: string, errorHint: string }

export function errorFields (error: ErrorData): ErrorFields {
  return { errorKind: error.kind, errorName: error.name, errorMessage: error.message, errorHint: error.hint }
}

export function errorData (fields: ErrorFields): ErrorData {
  // A host of a newer version may know a kind this one does not: a fault, as anything unknown.
  const kind = ERROR_KINDS.find((k) => k === fields.errorKind) ?? 'fault'
  return { ok: false, kind, name: fields.errorName.slice(0, 64), message: fields.errorMessage.slice(0, 2000), hint: fields.errorHint.slice(0, 1000) }
}
