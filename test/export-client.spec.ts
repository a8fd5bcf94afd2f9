import { exportUrl, parseExportArguments, RecordCounter, UsageError } from '../scripts/export-client';

describe('the export command line', () => {
  it('passes every option but its own to the export as query parameters', () => {
    const args = parseExportArguments(['transfers', '--format', 'csv', '--from=2026-11-01T00:00:00Z', '--out', 'x.csv', '--token', 't'], { HANDOFF_URL: 'http://api:4000' });
    expect(args).toMatchObject({ name: 'transfers', out: 'x.csv', token: 't', url: 'http://api:4000' });
    expect(exportUrl(args).toString()).toBe('http://api:4000/export/transfers?format=csv&from=2026-11-01T00%3A00%3A00Z');
  });

  it('refuses an unknown export and an option without a value', () => {
    expect(() => parseExportArguments(['everything'], {})).toThrow(UsageError);
    expect(() => parseExportArguments(['events', '--after'], {})).toThrow('--after needs a value');
  });

  it('counts CSV rows by the line ends outside quotes, across chunks, without the header', () => {
    const counter = new RecordCounter('csv');
    for (const chunk of ['id,note\r\n1,"a ""quoted""\r\nline', ' break"\r\n2,', 'plain\r\n']) counter.add(Buffer.from(chunk));
    expect(counter.rows).toBe(2);
  });

  it('counts NDJSON rows by their newlines', () => {
    const counter = new RecordCounter('ndjson');
    counter.add(Buffer.from('{"a":"x\\ny"}\n{"a":1}\n'));
    expect(counter.rows).toBe(2);
  });
});
