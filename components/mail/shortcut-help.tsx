'use client';

import dynamic from 'next/dynamic';
import { useSelection } from './selection-context';

// Loaded when first asked for (`?`): nobody needs the overlay to see their mail.
const ShortcutHelpDialog = dynamic(() => import('./shortcut-help-dialog').then((module) => module.ShortcutHelpDialog), {
  ssr: false,
});

/** The `?` overlay while the reader has it open. */
export function ShortcutHelp() {
  const { menu } = useSelection();
  return menu === 'help' ? <ShortcutHelpDialog /> : null;
}
