import os from 'node:os';
import path from 'node:path';
import { WORKSPACE_EXTENSION } from '../../shared/domain/workspace.js';

/** Where a file goes when the user does not choose: the documents folder, or home where there is none. */
export function inDocuments(documentsDir: string | undefined, fileName: string): string {
  return path.join(documentsDir ?? os.homedir(), fileName);
}

/** A new workspace named after its Mesa, keeping only characters every desktop file system accepts. */
export function suggestedWorkspacePath(documentsDir: string | undefined, mesaName: string): string {
  return inDocuments(documentsDir, `${mesaName.replace(/[^\p{L}\p{N} _-]/gu, '').trim() || 'mesa'}${WORKSPACE_EXTENSION}`);
}
