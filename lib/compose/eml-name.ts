/**
 * The file name a message forwarded as an attachment goes by: its subject with no path
 * separators or control characters, not empty, not endless, and `.eml`. Browser-safe: the
 * compose view shows the name the server will give the part.
 */
export function emlName(subject: string): string {
  const stem = subject
    .replace(/[\p{Cc}\p{Cf}/\\:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return `${stem || 'Forwarded message'}.eml`;
}
