import { describe, expect, it } from 'vitest'
import {
  DomainExistsError, DomainNotFoundError, DomainStateError, LibvirtError, LibvirtUnavailableError, VirshOutputError,
  classifyVirshError, errorText, parseDomInfo, parseDomJobInfo, parseDomState, parseListNames, parseListTable, parseSize
} from '../src/index.ts'
import * as out from './virsh-outputs.ts'

describe('parseDomState', () => {
  it.each([
    ['running\n\n', 'running', null],
    ['shut off\n\n', 'shutoff', null],
    ['running (booted)\n\n', 'running', 'booted'],
    ['running (unpaused)\n\n', 'running', 'unpaused'],
    ['running (restored)\n\n', 'running', 'restored'],
    ['shut off (destroyed)\n\n', 'shutoff', 'destroyed'],
    ['shut off (saved)\n\n', 'shutoff', 'saved'],
    ['shut off (unknown)\n\n', 'shutoff', 'unknown'],
    ['paused (user)\n\n', 'paused', 'user'],
    ['in shutdown (user)\n', 'shutdown', 'user'],
    ['idle\n', 'blocked', null],
    ['no state\n', 'nostate', null],
    ['crashed (panicked)\n', 'crashed', 'panicked'],
    ['pmsuspended (unknown)\n', 'pmsuspended', 'unknown']
  ])('%j', (text, state, reason) => {
    expect(parseDomState(text)).toEqual({ state, reason })
  })
  it.each(['', 'exploded\n', 'running (a) (b)\n'])('refuses %j', (text) => {
    expect(() => parseDomState(text)).toThrow(VirshOutputError)
  })
})

describe('parseDomInfo', () => {
  it.each([
    ['running', out.DOMINFO_RUNNING, { id: 1, name: 'cap', state: 'running', cpuTimeSeconds: 0.3, persistent: true, osType: 'hvm' }],
    ['shut off', out.DOMINFO_SHUTOFF, { id: null, name: 'cap', state: 'shutoff', cpuTimeSeconds: null, persistent: true }],
    ['transient', out.DOMINFO_TRANSIENT, { id: 2, name: 'cap2', persistent: false }],
    ['test driver', out.DOMINFO_TEST_DRIVER, { id: 1, name: 'test', osType: 'linux', vcpus: 2, maxMemoryKiB: 8388608, usedMemoryKiB: 2097152 }]
  ])('%s', (_n, text, expected) => {
    const info = parseDomInfo(text)
    expect(info).toMatchObject(expected)
    expect(info.uuid).toMatch(/^[0-9a-f-]{36}$/)
    expect(info.autostart).toBe(false)
  })
  it('keeps the lines it does not interpret', () => {
    expect(parseDomInfo(out.DOMINFO_RUNNING).fields.Messages).toBe('tainted: running with undesirable elevated privileges')
    expect(parseDomInfo(out.DOMINFO_TEST_DRIVER).fields['Security DOI']).toBe('')
  })
  it.each([['no State', out.DOMINFO_SHUTOFF.replace(/State:.*\n/, '')], ['bad memory', out.DOMINFO_SHUTOFF.replace('131072 KiB', 'lots')],
    ['garbage', 'hello\n']])('refuses %s', (_n, text) => {
    expect(() => parseDomInfo(text)).toThrow(VirshOutputError)
  })
})

describe('parseListTable / parseListNames', () => {
  it.each([
    ['empty', out.LIST_EMPTY, []],
    ['running', out.LIST_RUNNING, [{ id: 1, name: 'cap', state: 'running' }]],
    ['shut off', out.LIST_SHUTOFF, [{ id: null, name: 'cap', state: 'shutoff' }]],
    ['several, a name with a space', ' Id   Name          State\n------------------------------\n 3    web           running\n 12   my vm         paused\n -    long-name.1   shut off\n -    x             in shutdown\n\n',
      [{ id: 3, name: 'web', state: 'running' }, { id: 12, name: 'my vm', state: 'paused' }, { id: null, name: 'long-name.1', state: 'shutoff' }, { id: null, name: 'x', state: 'shutdown' }]]
  ])('%s', (_n, text, expected) => {
    expect(parseListTable(text)).toEqual(expected)
  })
  it('refuses a table without its header', () => {
    expect(() => parseListTable(' 1 cap running\n')).toThrow(VirshOutputError)
  })
  it.each([['one', 'cap\n\n', ['cap']], ['none', '\n', []], ['two', 'a\nb.c-d\n\n', ['a', 'b.c-d']]])('names: %s', (_n, text, names) => {
    expect(parseListNames(text)).toEqual(names)
  })
})

describe('parseDomJobInfo', () => {
  it('no job', () => {
    expect(parseDomJobInfo(out.JOB_NONE)).toMatchObject({ type: 'none', operation: null, elapsedMs: null, dataTotalBytes: null })
  })
  it('a running save', () => {
    expect(parseDomJobInfo(out.JOB_SAVE_RUNNING)).toMatchObject({
      type: 'unbounded', operation: 'Save', elapsedMs: 161, dataProcessedBytes: Math.round(2.977 * 1024 ** 2),
      dataRemainingBytes: Math.round(750.336 * 1024 ** 2), dataTotalBytes: 2 * 1024 ** 3, expectedDowntimeMs: 300, totalDowntimeMs: null
    })
  })
  it('a completed save', () => {
    const job = parseDomJobInfo(out.JOB_SAVE_COMPLETED)
    expect(job).toMatchObject({ type: 'completed', dataRemainingBytes: 0, totalDowntimeMs: 190, memoryBandwidthBytesPerSecond: Math.round(34.527 * 1024 ** 2) })
    expect(job.fields['Postcopy requests']).toBe('0')
    expect(job.fields['Dirty rate']).toBe('0 pages/s')
  })
  it('refuses an unknown job type', () => {
    expect(() => parseDomJobInfo('Job type: Sideways\n')).toThrow(VirshOutputError)
  })
  it.each([['0.000 B', 0], ['128.000 KiB', 131072], ['2.000 GiB', 2 * 1024 ** 3], ['1.5 TiB', 1.5 * 1024 ** 4], ['34.527 MiB/s', Math.round(34.527 * 1024 ** 2)], ['12 pages', null]])('size %s', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes)
  })
})

describe('classifyVirshError', () => {
  const ctx = { uri: 'qemu:///system', domain: 'cap', command: 'x' }
  it.each([
    ['exists', out.ERRORS.exists, DomainExistsError],
    ['already active', out.ERRORS.alreadyActive, DomainStateError],
    ['not running', out.ERRORS.notRunning, DomainStateError],
    ['transient undefine', out.ERRORS.transient, DomainStateError],
    ['not found', out.ERRORS.notFound, DomainNotFoundError],
    ['no socket', out.ERRORS.noSocket, LibvirtUnavailableError],
    ['refused', out.ERRORS.refused, LibvirtUnavailableError],
    ['missing type', out.ERRORS.noType, LibvirtError],
    ['bad XML', out.ERRORS.badXml, LibvirtError],
    ['unsupported', out.ERRORS.noJobInfo, LibvirtError],
    ['empty stderr', '', LibvirtError]
  ])('%s', (_n, stderr, type) => {
    const error = classifyVirshError(stderr, ctx)
    expect(error).toBeInstanceOf(type)
    expect(error.name).toBe(type.name)
    expect(error.hint).toBeTruthy()
    expect(error.text).toBe(errorText(stderr))
  })
  it('keeps every error line, without prefixes', () => {
    expect(errorText(out.ERRORS.exists)).toBe("Failed to define domain from /tmp/exec-lv/dom.xml\noperation failed: domain 'cap' already exists with uuid 071333f3-59bf-4514-9d4d-2673ef8d0f56")
    expect(classifyVirshError(out.ERRORS.noSocket, ctx).message).toContain('No such file or directory')
  })
})
