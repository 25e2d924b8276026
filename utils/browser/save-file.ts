// Getting text out of an extension page: a download through a Blob link, or the clipboard.

export function downloadText(fileName: string, mimeType: string, content: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // The download has taken its copy by the next tasks; revoking at once can cancel it in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyText(content: string): Promise<void> {
  await navigator.clipboard.writeText(content);
}
