/** The name of Langkah's one IndexedDB database (here alone, so that reading it raw needs no Dexie). */
export const DATABASE_NAME = 'langkah';
