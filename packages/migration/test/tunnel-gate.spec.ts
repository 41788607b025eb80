import { describe, expect, it } from 'vitest'
import { newTunnelToken } from '@multiverse/wire'
import type { TunnelOpen } from '@multiverse/wire'
import { dataChannelVerdict, tunnelVerdict } from '../src/tunnel-gate.ts'
import type { GatedMigration } from '../src/tunnel-gate.ts'

const ID = 'ab'.repeat(16)
const SOURCE = '12D3KooWSource'
const token = newTunnelToken()
const receiving: GatedMigration = {
  source: SOURCE, token, step: 'receiving',
  endpoints: { libvirt: { path: '/run/libvirt/libvirt-sock' }, memory: { host: '127.0.0.1', port: 49300 } }
}
const open = (more: Partial<TunnelOpen> = {}): TunnelOpen => ({ clusterId: 'c'.repeat(32), migrationId: ID, token, channel: 'libvirt', ...more })
const gate = (migration: Partial<GatedMigration> | null, peer: string, ticket: TunnelOpen): ReturnType<typeof tunnelVerdict> =>
  tunnelVerdict(new Map(migration === null ? [] : [[ID, { ...receiving, ...migration }]]), peer, ticket)

describe('the tunnel gate', () => {
  it('lets the source of a receiving migration, with its token, reach that channel\'s endpoint', () => {
    expect(gate({}, SOURCE, open())).toEqual({ ok: true, endpoint: { path: '/run/libvirt/libvirt-sock' } })
    expect(gate({}, SOURCE, open({ channel: 'memory' }))).toEqual({ ok: true, endpoint: { host: '127.0.0.1', port: 49300 } })
  })

  it.each([
    ['no such migration', null, SOURCE, open()],
    ['another member, with the right token', {}, '12D3KooWOther', open()],
    ['the source with another token', {}, SOURCE, open({ token: newTunnelToken() })],
    ['the source with a truncated token', {}, SOURCE, open({ token: token.subarray(0, 16) })],
    ['before the target receives (leased)', { step: 'leased' as const }, SOURCE, open()],
    ['before the target receives (prepared)', { step: 'prepared' as const }, SOURCE, open()],
    ['a replay once the migration is being undone', { step: 'undo' as const }, SOURCE, open()]
  ])('refuses %s, without saying which part was wrong', (_what, migration, peer, ticket) => {
    expect(gate(migration, peer, ticket)).toEqual({ ok: false, reason: `no migration ${ID} is receiving from this host with that token` })
  })

  it('refuses a channel the migration does not carry', () => {
    expect(gate({}, SOURCE, open({ channel: 'disks' }))).toEqual({ ok: false, reason: `migration ${ID} carries no disks stream` })
  })
})

describe('the data channel gate', () => {
  const verdict = (migration: Partial<GatedMigration> | null, channel: TunnelOpen['channel']): ReturnType<typeof dataChannelVerdict> =>
    dataChannelVerdict(new Map(migration === null ? [] : [[ID, { ...receiving, ...migration }]]), ID, channel)

  it('gives the token to derive the key from, and the endpoint, while the migration receives', () => {
    expect(verdict({}, 'memory')).toEqual({ ok: true, token, endpoint: { host: '127.0.0.1', port: 49300 } })
  })

  it.each([
    ['no such migration', null],
    ['before the target receives', { step: 'prepared' as const }],
    ['once the move is past receiving (a replay)', { step: 'starting' as const }]
  ])('refuses %s', (_what, migration) => {
    expect(verdict(migration, 'memory')).toEqual({ ok: false, reason: `no migration ${ID} is receiving` })
  })

  it('refuses a channel the migration does not carry', () => {
    expect(verdict({}, 'disks')).toEqual({ ok: false, reason: `migration ${ID} carries no disks stream` })
  })
})
