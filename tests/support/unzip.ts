import { strFromU8, unzipSync } from 'fflate';

/** Every entry of a ZIP archive (a .docx), read with fflate — the library docx itself uses. */
export function unzip(buf: Buffer): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(buf)).map(([name, bytes]) => [name, Buffer.from(bytes)]));
}

/** The text of every entry whose name matches, in archive order. */
export function zipTexts(entries: Map<string, Buffer>, pattern: RegExp): { name: string; xml: string }[] {
  return [...entries].filter(([name]) => pattern.test(name)).map(([name, data]) => ({ name, xml: data.toString('utf8') }));
}

/** All the XML of a .docx as one string: body, headers, footers. */
export function docxXml(buf: Buffer): string {
  return Object.entries(unzipSync(buf))
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, bytes]) => strFromU8(bytes))
    .join('\n');
}
