import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askForReminders, reminderState, remindOnOpen, turnRemindersOff } from '$lib/due/due-reminder';

const TEXT = { title: 'Langkah', body: 'Ada langkah kecil untuk hari ini.' };

/** A Notification stand-in: the permission the person gave, and what was shown. */
function fakeNotifications(permission: NotificationPermission, answer: NotificationPermission = permission) {
	const shown: { title: string; options?: NotificationOptions }[] = [];
	const Fake = function (this: unknown, title: string, options?: NotificationOptions) {
		shown.push({ title, options });
	} as unknown as typeof Notification & { permission: NotificationPermission };
	Object.assign(Fake, {
		permission,
		requestPermission: vi.fn(async () => ((Fake as { permission: NotificationPermission }).permission = answer))
	});
	vi.stubGlobal('Notification', Fake);
	return { shown, Fake };
}

beforeEach(() => {
	const store = new Map<string, string>();
	vi.stubGlobal('localStorage', {
		getItem: (key: string) => store.get(key) ?? null,
		setItem: (key: string, value: string) => void store.set(key, value),
		removeItem: (key: string) => void store.delete(key)
	});
	vi.stubGlobal('navigator', {});
});

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('reminders on opening', () => {
	it('says when the browser has no notifications, and never shows one then', async () => {
		vi.stubGlobal('Notification', undefined);
		expect(reminderState()).toBe('unsupported');
		expect(await remindOnOpen(2, '2026-12-02', TEXT)).toBe(false);
	});

	it('asks only when the person taps, then shows one neutral reminder a day while something is due', async () => {
		const { shown, Fake } = fakeNotifications('default', 'granted');
		expect(reminderState()).toBe('ask');
		// Opening the app never asks.
		expect(await remindOnOpen(2, '2026-12-02', TEXT)).toBe(false);
		expect(Fake.requestPermission).not.toHaveBeenCalled();

		expect(await askForReminders()).toBe('on');
		expect(await remindOnOpen(0, '2026-12-02', TEXT)).toBe(false);
		expect(await remindOnOpen(2, '2026-12-02', TEXT)).toBe(true);
		expect(await remindOnOpen(2, '2026-12-02', TEXT)).toBe(false);
		expect(await remindOnOpen(1, '2026-12-03', TEXT)).toBe(true);
		expect(shown.map((item) => [item.title, item.options?.body])).toEqual([
			['Langkah', TEXT.body],
			['Langkah', TEXT.body]
		]);
	});

	it('uses the service worker where there is one, and stops when the person turns it off', async () => {
		const { shown } = fakeNotifications('granted');
		const showNotification = vi.fn(async () => undefined);
		vi.stubGlobal('navigator', { serviceWorker: { getRegistration: async () => ({ active: {}, showNotification }) } });
		expect(await remindOnOpen(1, '2026-12-02', TEXT)).toBe(true);
		expect(showNotification).toHaveBeenCalledWith('Langkah', expect.objectContaining({ body: TEXT.body, tag: 'langkah-due' }));
		expect(shown).toEqual([]);
		expect(turnRemindersOff()).toBe('off');
		expect(await remindOnOpen(1, '2026-12-03', TEXT)).toBe(false);
		expect(await askForReminders()).toBe('on');
	});

	it('respects a browser that blocks notifications', () => {
		fakeNotifications('denied');
		expect(reminderState()).toBe('blocked');
	});
});
