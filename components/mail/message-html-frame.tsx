'use client';

import { useCallback, useRef, useState } from 'react';
import { mailFrameDocument } from '@/lib/html/mail-frame-document';
import { markFrameMatches } from './mark-frame-matches';

/**
 * Sanitized HTML mail in a sandboxed iframe: no scripts ever (no allow-scripts), so
 * allow-same-origin is safe and lets us size the frame to its content; links may open
 * new tabs (allow-popups) that escape the sandbox. Nothing in it can draw over the app.
 * Its links are annotated from here with where they really go (annotate-links.ts).
 */
export function MessageHtmlFrame({ html, allowRemote, marks }: { html: string; allowRemote: boolean; marks: readonly string[] }) {
  const [height, setHeight] = useState(200);
  const observer = useRef<ResizeObserver | null>(null);
  // The words of the search the message was opened from, marked once the frame has loaded.
  const marked = useRef(marks);
  marked.current = marks;

  const measure = useCallback((frame: HTMLIFrameElement | null) => {
    observer.current?.disconnect();
    const body = frame?.contentDocument?.body;
    if (!frame || !body) return;
    if (frame.contentDocument) markFrameMatches(frame.contentDocument, marked.current);
    const resize = () => setHeight(Math.max(80, Math.ceil(frame.contentDocument?.documentElement.scrollHeight ?? 0)));
    resize();
    // Loaded on demand: link checking carries the Public Suffix List, which the first page does not need.
    const doc = frame.contentDocument;
    if (doc?.querySelector('a[href]')) void import('./annotate-links').then(({ annotateLinks }) => annotateLinks(doc));
    observer.current = new ResizeObserver(resize);
    observer.current.observe(body);
  }, []);

  return (
    <iframe
      data-testid="message-body"
      title="Message content"
      sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
      referrerPolicy="no-referrer"
      srcDoc={mailFrameDocument(html, { allowRemote, origin: window.location.origin })}
      onLoad={(event) => measure(event.currentTarget)}
      style={{ height }}
      className="block w-full border-0 bg-white"
    />
  );
}
