import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire, type FuseV1Config } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The fuses electron-builder.yml asks for, flipped by @electron/fuses (what electron-builder
 * runs at packaging) on a fake Electron binary: the sentinel, the wire version, the wire
 * length, then one byte per fuse ('0' off, '1' on), surrounded by unrelated bytes.
 */
const root = path.resolve(import.meta.dirname, '../..');
// js-yaml ships with electron-builder; it has no type declarations installed here.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const WIRE_VERSION = 1;
const WIRE_LENGTH = 8;
const ENABLED = '1'.charCodeAt(0);
const DISABLED = '0'.charCodeAt(0);

/** electron-builder.yml's `electronFuses` keys, mapped to their place on the wire. */
const FUSE_OF_KEY: Record<string, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

function configuredFuses(): Record<string, boolean> {
  const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, boolean> };
  return config.electronFuses ?? {};
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-fuses-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Electron's defaults: every fuse on, as shipped. */
function fakeElectronBinary(): string {
  const file = path.join(dir, `electron-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(
    file,
    Buffer.concat([
      Buffer.from('\x7fELF not really electron...'),
      Buffer.from(SENTINEL, 'ascii'),
      Buffer.from([WIRE_VERSION, WIRE_LENGTH, ...Array<number>(WIRE_LENGTH).fill(ENABLED)]),
      Buffer.from('...more of the binary'),
    ]),
  );
  return file;
}

describe('electron fuses from electron-builder.yml', () => {
  it('configures every fuse on the wire, with names @electron/fuses knows', () => {
    const keys = Object.keys(configuredFuses()).filter((key) => key !== 'resetAdHocDarwinSignature');
    expect(keys.sort()).toEqual(Object.keys(FUSE_OF_KEY).sort());
  });

  it('leaves a binary that cannot run as Node, ignores NODE_OPTIONS and --inspect, and loads only a verified asar', async () => {
    const binary = fakeElectronBinary();
    const fuses: Partial<Record<FuseV1Options, boolean>> = {};
    for (const [key, value] of Object.entries(configuredFuses())) {
      if (key in FUSE_OF_KEY) fuses[FUSE_OF_KEY[key]!] = value;
    }
    const config = { version: FuseVersion.V1, strictlyRequireAllFuses: true, ...fuses } as FuseV1Config;
    await flipFuses(binary, config);

    const wire = await getCurrentFuseWire(binary);
    expect(wire.version).toBe(FuseVersion.V1);
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLED);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLED);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLED);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLED);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLED);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLED);
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(DISABLED);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLED);
  });

  it('flips exactly one byte of the fake binary per fuse (the fake has the layout the library expects)', async () => {
    const binary = fakeElectronBinary();
    const before = fs.readFileSync(binary);
    await flipFuses(binary, { version: FuseVersion.V1, [FuseV1Options.RunAsNode]: false });
    const after = fs.readFileSync(binary);
    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    const changed = [...after.keys()].filter((i) => after[i] !== before[i]);
    expect(changed).toEqual([wireStart + FuseV1Options.RunAsNode]);
  });
});
