/**
 * "Another client" on the same mailbox, for changes the app must notice (appends, expunges,
 * flags): the harness's direct connection, which the e2e suite and the bench use too.
 */
export { closeDirect, connectDirect, withDirectImap } from '../../../scripts/harness/direct-imap';
