/** A chosen scan's bytes as base64: the browser host speaks JSON, so binary travels as text. */
export async function readAttachmentFile(file: File): Promise<string> {
  return bytesToBase64(await readBytes(file));
}

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  // In slices: String.fromCharCode takes its arguments on the stack, and a 25 MB scan would overflow it.
  for (let i = 0; i < bytes.length; i += 0x8000) parts.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  return btoa(parts.join(''));
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
