'use client';

import { Paperclip } from 'lucide-react';
import { type ChangeEvent, useRef } from 'react';
import { Button } from '@/components/ui/button';

interface AttachButtonProps {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
}

/** Opens the system's file picker; the input itself stays hidden, since it cannot be styled to match. */
export function AttachButton({ onFiles, disabled }: AttachButtonProps) {
  const input = useRef<HTMLInputElement>(null);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.currentTarget.files ?? []);
    // Cleared so that picking the same file again (after removing it) fires change again.
    event.currentTarget.value = '';
    if (files.length > 0) onFiles(files);
  };

  return (
    <>
      <Button
        variant="ghost"
        size="icon"
        aria-label="Attach files"
        title="Attach files"
        data-testid="attach-files"
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        <Paperclip aria-hidden="true" className="size-4" />
      </Button>
      <input ref={input} type="file" multiple hidden tabIndex={-1} data-testid="attach-input" onChange={onChange} />
    </>
  );
}
