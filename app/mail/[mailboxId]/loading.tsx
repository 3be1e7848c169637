import { ListPaneFrame } from '@/components/mail/list-pane-frame';
import { MailPanes } from '@/components/mail/mail-panes';
import { Skeleton } from '@/components/ui/skeleton';

// Lets a folder click answer at once (the shell stays, the title shimmers) while the page is fetched.
export default function MailboxLoading() {
  return (
    <MailPanes
      list={
        <ListPaneFrame title={<Skeleton className="h-4 w-28" />} subtitle={<Skeleton className="mt-1 h-3 w-44" />}>
          <div aria-busy="true" className="flex-1" />
        </ListPaneFrame>
      }
    />
  );
}
