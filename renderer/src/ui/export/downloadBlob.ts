/** How long the object URL of a download stays valid: the browser has read it well before then. */
const REVOKE_AFTER_MS = 60_000;

/** Offers `blob` to the user as a file named `fileName` (the browser's download). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
