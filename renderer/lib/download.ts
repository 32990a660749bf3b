// Saves text as a file from the page: a Blob behind an object URL and a temporary <a download>. Navigation
// to a blob: URL with `download` is a download, which the CSP (no navigate-to) does not restrict.
export function downloadText(fileName: string, content: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled: the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
