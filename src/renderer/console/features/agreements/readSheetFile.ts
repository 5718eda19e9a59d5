import type { SheetContent } from './store/agreementsStore.js';

/**
 * A chosen file as the import sends it. XLSX: its bytes as base64 (the browser host speaks
 * JSON). CSV: text, read as UTF-8 (a BOM dropped) or, when it is not valid UTF-8, as
 * Windows-1252 — what Excel writes for "CSV" on a Spanish-language Windows.
 */
export async function readSheetFile(file: File): Promise<SheetContent> {
  const bytes = await readBytes(file);
  if (/\.xlsx$/i.test(file.name)) return { format: 'xlsx', base64: toBase64(bytes) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return { format: 'csv', text };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** FileReader rather than Blob.arrayBuffer(): the one every engine this console meets has. */
function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(file);
  });
}
