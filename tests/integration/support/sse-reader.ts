/** The EventSource-like reader the bench uses too. */
export { type EventReader, type ReadEvent, readEvents } from '../../../scripts/harness/sse-reader';
