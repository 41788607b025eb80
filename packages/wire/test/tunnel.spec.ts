import { describe, expect, it } from 'vitest'
import { MalformedMessageError, OversizedMessageError, WrongVersionError } from '../src/errors.ts'
import { multiverse } from '../src/generated/wire.js'
import { decodeTunnelAccept, decodeTunnelOpen, encodeTunnelAccept, encodeTunnelOpen, newTunnelToken } from '../src/tunnel.ts'

const wire = multiverse.v1
const good = { version: 1, clusterId: 'c'.repeat(32), migrationId: 'a1'.repeat(16), token: newTunnelToken(), channel: wire.TunnelChannel.TUNNEL_CHANNEL_DISKS }
const raw = (fields: Partial<typeof good>): Uint8Array => wire.TunnelOpen.encode({ ...good, ...fields }).finish()

describe('tunnel messages', () => {
  it('round-trip an open and an answer', () => {
    const open = { clusterId: good.clusterId, migrationId: good.migrationId, token: good.token, channel: 'disks' as const }
    expect(decodeTunnelOpen(encodeTunnelOpen(open))).toEqual(open)
    expect(decodeTunnelAccept(encodeTunnelAccept(''))).toEqual({ refused: '' })
    expect(decodeTunnelAccept(encodeTunnelAccept('no such migration'))).toEqual({ refused: 'no such migration' })
  })

  it.each([
    ['a short token', raw({ token: new Uint8Array(8) }), MalformedMessageError, /token: 32 bytes/],
    ['a migration id that is not 32 hex digits', raw({ migrationId: '../../etc' }), MalformedMessageError, /migrationId/],
    ['an unknown channel', raw({ channel: 9 as typeof good.channel }), MalformedMessageError, /unknown channel 9/],
    ['the invalid channel 0', raw({ channel: 0 }), MalformedMessageError, /unknown channel 0/],
    ['another version', raw({ version: 2 }), WrongVersionError, /version 2/],
    ['a bad cluster id', raw({ clusterId: 'x' }), MalformedMessageError, /clusterId/],
    ['more than the cap', new Uint8Array(300), OversizedMessageError, /300 bytes/]
  ])('refuse %s', (_what, bytes, type, message) => {
    expect(() => decodeTunnelOpen(bytes)).toThrow(type)
    expect(() => decodeTunnelOpen(bytes)).toThrow(message)
  })
})
