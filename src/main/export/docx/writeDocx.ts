import { createHash, randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Packer } from 'docx';
import type { Document } from 'docx';

export function docxBytesSha256(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex');
}

/** Makes the rename itself durable. Windows cannot open a folder for fsync, and NTFS journals the rename. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Packs the document and puts it at `target` atomically: the bytes go to a private temp file in
 * the same folder (same file system, so the rename is atomic), are flushed to disk, and only then
 * replace the target. A crash or a full disk leaves the old file, never half of a new one.
 */
export async function writeDocxFile(doc: Document, target: string): Promise<{ path: string; sha256: string; bytes: number }> {
  return writeFileAtomic(await Packer.toBuffer(doc), target);
}

/** The same atomic write for any bytes (the matrix's CSV and XLSX exports). */
export async function writeFileAtomic(buf: Buffer, target: string): Promise<{ path: string; sha256: string; bytes: number }> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(buf);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    await syncDirectory(dirname(target));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return { path: target, sha256: docxBytesSha256(buf), bytes: buf.length };
}
