// IndexedDB refusing writes, for the storage tests (fake-indexeddb): a full quota on every put, or
// on one put in the middle of a transaction. Undo with vi.restoreAllMocks().
import { vi } from 'vitest';

export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** Every IDBObjectStore.put throws a quota error. */
export function refuseAllPuts(): void {
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw quotaError();
  });
}

/** The `nth` IDBObjectStore.put from now (1-based) throws a quota error; the others write. */
export function refusePutNumber(nth: number): void {
  const realPut = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if (++calls === nth) throw quotaError();
    return realPut.call(this, value, key);
  });
}
