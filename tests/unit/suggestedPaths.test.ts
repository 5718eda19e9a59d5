import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inDocuments, suggestedWorkspacePath } from '../../src/main/services/suggestedPaths.js';

describe('suggested file locations', () => {
  it('puts files in the documents folder, or home when there is none', () => {
    expect(inDocuments('/home/ana/Documentos', 'orden.docx')).toBe(path.join('/home/ana/Documentos', 'orden.docx'));
    expect(inDocuments(undefined, 'orden.docx')).toBe(path.join(os.homedir(), 'orden.docx'));
  });

  it('names a new workspace after its Mesa, keeping accents and dropping what file systems refuse', () => {
    expect(suggestedWorkspacePath('/docs', 'Mesa de Cd. Juárez: 2026/27')).toBe(path.join('/docs', 'Mesa de Cd Juárez 202627.plenaria'));
    expect(suggestedWorkspacePath('/docs', ' ./:*? ')).toBe(path.join('/docs', 'mesa.plenaria'));
  });
});
