'use client';

import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { SharingPreset } from '@/lib/schemas/sharing';
import { ACL_IDENTIFIER, ACL_IDENTIFIER_PROBLEM, SHARING_PRESETS } from '@/lib/schemas/values';
import { PRESET_RIGHTS } from '@/lib/sharing/rights';
import { PRESET_LABELS, RIGHT_LABELS } from '@/lib/ui/sharing-labels';

interface ShareWithFormProps {
  /** The letters this server distinguishes (AclResponse.rightsOffered). */
  rightsOffered: string;
  busy: boolean;
  onShare: (identifier: string, rights: string) => void;
}

/**
 * Shares the folder with one more person: a user name and a preset, or in the Advanced view
 * exactly the RFC 4314 letters the server offers.
 */
export function ShareWithForm({ rightsOffered, busy, onShare }: ShareWithFormProps) {
  const [identifier, setIdentifier] = useState('');
  const [preset, setPreset] = useState<SharingPreset>('read');
  const [letters, setLetters] = useState<Set<string> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const rights = letters ? [...rightsOffered].filter((letter) => letters.has(letter)).join('') : PRESET_RIGHTS[preset];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = identifier.trim();
    if (!ACL_IDENTIFIER.test(name)) return setProblem(ACL_IDENTIFIER_PROBLEM);
    setProblem(null);
    onShare(name, rights);
    setIdentifier('');
  };

  const toggle = (letter: string) => {
    const next = new Set(letters ?? PRESET_RIGHTS[preset]);
    if (next.has(letter)) next.delete(letter);
    else next.add(letter);
    setLetters(next);
  };

  return (
    <form onSubmit={submit} noValidate data-testid="share-with-form" className="mt-4 border-t border-line pt-4">
      <div className="flex flex-wrap items-end gap-2">
        <TextField
          label="Share with"
          name="share-identifier"
          autoComplete="off"
          placeholder="user name"
          value={identifier}
          onChange={(event) => setIdentifier(event.target.value)}
          aria-invalid={problem ? true : undefined}
          className="min-w-40 flex-1"
          data-testid="share-identifier"
        />
        <label className="flex flex-col gap-1.5 text-sm font-medium text-fg">
          Access
          <select
            data-testid="share-preset"
            value={preset}
            disabled={letters !== null}
            onChange={(event) => setPreset(event.target.value as SharingPreset)}
            className="h-10 rounded-md border border-line-strong bg-raised px-2 text-sm text-fg disabled:opacity-60"
          >
            {SHARING_PRESETS.map((choice) => (
              <option key={choice} value={choice}>
                {PRESET_LABELS[choice]}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="primary" size="lg" disabled={busy} data-testid="share-submit">
          Share
        </Button>
      </div>
      {problem ? (
        <p role="alert" className="mt-1.5 text-xs text-danger" data-testid="share-problem">
          {problem}
        </p>
      ) : null}
      <details
        className="mt-3 text-sm"
        onToggle={(event) => setLetters(event.currentTarget.open ? new Set(PRESET_RIGHTS[preset]) : null)}
      >
        <summary className="cursor-pointer text-muted">Advanced: choose each right</summary>
        <fieldset className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1" data-testid="share-rights">
          <legend className="sr-only">Rights (RFC 4314)</legend>
          {[...rightsOffered].map((letter) => (
            <label key={letter} className="flex items-center gap-2 text-xs text-fg">
              <input type="checkbox" checked={letters?.has(letter) ?? false} onChange={() => toggle(letter)} />
              <span className="font-mono text-muted">{letter}</span> {RIGHT_LABELS[letter] ?? letter}
            </label>
          ))}
        </fieldset>
      </details>
    </form>
  );
}
