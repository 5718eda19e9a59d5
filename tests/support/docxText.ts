import fs from 'node:fs';
import { unzip, zipTexts } from './unzip.js';

/** The text of a .docx body, one line per paragraph (tabs kept), entities decoded: what a reader sees, in order. */
export function docxBodyText(file: string): string {
  const xml = zipTexts(unzip(fs.readFileSync(file)), /^word\/document\.xml$/)[0]!.xml;
  return xml
    .split('</w:p>')
    .map((p) =>
      p
        .replace(/<w:tab\/>/g, '\t')
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .join('\n');
}

/** Headers and footers of a .docx, as XML: what every page repeats. */
export function headersAndFooters(file: string): { headers: string; footers: string } {
  const entries = unzip(fs.readFileSync(file));
  return {
    headers: zipTexts(entries, /^word\/header\d*\.xml$/).map((e) => e.xml).join('\n'),
    footers: zipTexts(entries, /^word\/footer\d*\.xml$/).map((e) => e.xml).join('\n'),
  };
}
