/** The fragment kinds a client's handover page reads, without loading what reads each one. */
export const SERVICE_KIND = 'service';
export const DIRECTORY_KIND = 'directory';
