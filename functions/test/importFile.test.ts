import { describe, expect, it } from 'vitest';
import { parseImportCsv } from '../src/usecases/imports/importFile';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parsing an import file', () => {
  it('numbers records by the line they start on, quoted line breaks and a BOM included', () => {
    const file = parseImportCsv(bytes('\uFEFFID, Name ,Note\n1,Ada,"two\nlines"\n\n2,"Lovelace, A",x\n'));
    expect(file.headers).toEqual(['ID', 'Name', 'Note']);
    expect(file.records).toEqual([
      { line: 2, values: { ID: '1', Name: 'Ada', Note: 'two\nlines' } },
      { line: 5, values: { ID: '2', Name: 'Lovelace, A', Note: 'x' } },
    ]);
    expect(file.firstLines('ID').get('2')).toBe(5);
  });

  it('answers a validation error naming the line for a file that is not CSV', () => {
    expect(() => parseImportCsv(bytes('a,b\n"unclosed,1\n'))).toThrow(/not valid CSV/);
  });
});
