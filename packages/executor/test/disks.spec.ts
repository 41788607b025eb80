import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execa } from 'execa'
import { afterAll, describe, expect, it } from 'vitest'
import { DiskCreateError, DiskExistsError, InvalidNameError, Undo, createDisks, diskPath, removeDisks } from '../src/index.ts'

const base = mkdtempSync(join(tmpdir(), 'mv-disks-'))
afterAll(() => { rmSync(base, { recursive: true, force: true }) })
let n = 0
const dir = (): string => { const d = join(base, String(n++)); mkdirSync(d); return d }

const GiB = 1024 ** 3

describe('diskPath', () => {
  it.each([
    ['desk', 'root', '/img/desk@root.qcow2'],
    ['desk.v2', 'data-1', '/img/desk.v2@data-1.qcow2'],
    [`a${'b'.repeat(62)}`, `c${'d'.repeat(62)}`, `/img/a${'b'.repeat(62)}@c${'d'.repeat(62)}.qcow2`]
  ])('%s %s', (vm, disk, path) => {
    expect(diskPath('/img', vm, disk)).toBe(path)
  })
  it.each([['..', 'root'], ['desk', '../x'], ['desk', 'a/b'], ['.hidden', 'x'], ['desk', 'a@b'], ['desk', ''], ['d\u00e9sk', 'x'], ['desk', 'x'.repeat(64)]])('refuses %j %j', (vm, disk) => {
    expect(() => diskPath('/img', vm, disk)).toThrow(InvalidNameError)
  })
  it('refuses a relative images directory', () => {
    expect(() => diskPath('img', 'desk', 'root')).toThrow('imagesDir')
  })
})

describe('createDisks', () => {
  it('creates sparse qcow2 images of the asked virtual size', async () => {
    const imagesDir = dir()
    const disks = await createDisks({ imagesDir }, 'desk', [{ name: 'root', sizeBytes: 10 * GiB }, { name: 'data', sizeBytes: 1536 * 1024 ** 2 }])
    expect(disks).toEqual([
      { name: 'root', path: join(imagesDir, 'desk@root.qcow2'), sizeBytes: 10 * GiB },
      { name: 'data', path: join(imagesDir, 'desk@data.qcow2'), sizeBytes: 1536 * 1024 ** 2 }
    ])
    const info = JSON.parse((await execa('qemu-img', ['info', '--output=json', disks[0]!.path])).stdout) as { format: string, 'virtual-size': number }
    expect(info).toMatchObject({ format: 'qcow2', 'virtual-size': 10 * GiB })
    expect(statSync(disks[0]!.path).size).toBeLessThan(1024 * 1024)
    expect(statSync(disks[0]!.path).mode & 0o777).toBe(0o600)
  })

  it('refuses an image that exists already and leaves it untouched', async () => {
    const imagesDir = dir()
    writeFileSync(join(imagesDir, 'desk@root.qcow2'), 'precious')
    await expect(createDisks({ imagesDir }, 'desk', [{ name: 'root', sizeBytes: GiB }])).rejects.toThrow(DiskExistsError)
    expect(statSync(join(imagesDir, 'desk@root.qcow2')).size).toBe(8)
  })

  it('removes the images it made when a later one fails', async () => {
    const imagesDir = dir()
    writeFileSync(join(imagesDir, 'desk@b.qcow2'), 'precious')
    await expect(createDisks({ imagesDir }, 'desk', [{ name: 'a', sizeBytes: GiB }, { name: 'b', sizeBytes: GiB }])).rejects.toThrow(DiskExistsError)
    expect(readdirSync(imagesDir)).toEqual(['desk@b.qcow2'])
  })

  it('removes the claimed file when qemu-img fails', async () => {
    const imagesDir = dir()
    const error = await createDisks({ imagesDir, qemuImg: 'false' }, 'desk', [{ name: 'a', sizeBytes: GiB }]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DiskCreateError)
    expect(readdirSync(imagesDir)).toEqual([])
  })

  it('fails clearly when the images directory is missing', async () => {
    await expect(createDisks({ imagesDir: join(base, 'nope') }, 'desk', [{ name: 'a', sizeBytes: GiB }])).rejects.toThrow(DiskCreateError)
  })

  it('registers removals on the caller\'s undo stack, and removeDisks is idempotent', async () => {
    const imagesDir = dir()
    const undo = new Undo()
    const disks = await createDisks({ imagesDir }, 'desk', [{ name: 'a', sizeBytes: GiB }], { undo })
    expect(undo.size).toBe(1)
    expect(await undo.rollback()).toEqual([])
    expect(existsSync(disks[0]!.path)).toBe(false)
    await removeDisks([disks[0]!.path])
  })
})
