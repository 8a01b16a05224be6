/** The fragment kinds a client's handover page reads, without loading what reads each one. */
export const SERVICE_KIND = 'service';
export const DIRECTORY_KIND = 'directory';

/** The origin of the editor's drafts in the `flows` table (worker-drafts.ts): never listed as received. */
export const EDITOR_ORIGIN = 'editor';
