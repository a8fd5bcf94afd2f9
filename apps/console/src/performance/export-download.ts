import { ExportChoice, exportUrl, fallbackFilename, filenameFromDisposition, refusalMessage } from './export-request';

/** The server refused the export (a 4xx, or a 5xx): its message, in its words. */
export class ExportRefused extends Error {}

/**
 * Fetches an export with the session's bearer token (an <a href> could not send it) and saves it under the name
 * the server gives in Content-Disposition. The file is held in memory until saved: fine for a console's ranges.
 */
export async function downloadExport(token: string, choice: ExportChoice): Promise<string> {
  const response = await fetch(exportUrl(choice), { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new ExportRefused(refusalMessage(response.status, await response.text().catch(() => '')));
  const name = filenameFromDisposition(response.headers.get('content-disposition'), fallbackFilename(choice));
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // After the click has handed the blob to the download: revoking at once can cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return name;
}
