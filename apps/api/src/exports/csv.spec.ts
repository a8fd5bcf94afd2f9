import { csvCell, csvRecord } from './csv';

describe('CSV cells', () => {
  it('quotes a field holding a quote, a comma, CR or LF, doubling its quotes', () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
    expect(csvCell('plain text, ñ')).toBe('"plain text, ñ"');
    expect(csvCell('Facturación')).toBe('Facturación');
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a text cell starting with %j with a single quote', (start) => {
    expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
  });

  it('neutralises a formula and still quotes what it holds', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  });

  it('writes numbers as numbers: a negative number is not text and is not prefixed', () => {
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(0)).toBe('0');
  });

  it('writes null as an empty field and ends a record with CRLF', () => {
    expect(csvRecord(['a', null, 3])).toBe('a,,3\r\n');
  });
});
