// Every unit test gets a real in-memory IndexedDB (fake-indexeddb) behind Dexie.
import 'fake-indexeddb/auto';
