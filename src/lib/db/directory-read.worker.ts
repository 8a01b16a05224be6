/// <reference lib="webworker" />
/** The read worker: hands the imported directory over (directory-read.job.ts), then is ended by the page. */
import { readMessages } from './directory-read.job';

self.onmessage = () => void readMessages((message) => self.postMessage(message));
