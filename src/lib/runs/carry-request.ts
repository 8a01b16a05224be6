/**
 * What an exercise's address asks to carry into a new run (see carry-in.ts, which does it): read
 * on every first look, so kept apart from the carrying itself, which loads only when asked.
 */
/** Where the page's address asks to carry answers from. */
export interface CarryRequest {
	from?: string | null;
	reopen?: string | null;
	/** The position of the exercise in a tailored link's sequence. */
	handover?: string | null;
}

/** Reads the request from an address's query (`?from=` or `?reopen=`). */
export function carryRequestOf(search: URLSearchParams): CarryRequest {
	const handover = search.get('handover');
	return { from: search.get('from'), reopen: search.get('reopen'), ...(handover !== null ? { handover } : {}) };
}

/** Whether the address asks for anything to be carried in. */
export function asksToCarry(request: CarryRequest): boolean {
	return Boolean(request.from || request.reopen || request.handover != null);
}
