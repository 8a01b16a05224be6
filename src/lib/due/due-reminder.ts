/**
 * Reminders without a server: when the app opens and something is due today, a notification (the
 * Notification API, only after the person asked for it on home; never asked on load). The text is
 * the same for everyone and names nothing of the plan. Shown at most once a day; the day shown and
 * the person's "off" are kept in localStorage (facts about this phone, cleared by "delete all").
 */

const SHOWN_KEY = 'langkah.dueReminderShown';
const OFF_KEY = 'langkah.dueReminderOff';

export type ReminderState = 'unsupported' | 'ask' | 'on' | 'off' | 'blocked';

function storage(): Storage | undefined {
	try {
		return localStorage;
	} catch {
		return undefined;
	}
}

function supported(): boolean {
	return typeof globalThis.Notification === 'function';
}

/** Where the reminders stand on this phone. */
export function reminderState(): ReminderState {
	if (!supported()) return 'unsupported';
	if (Notification.permission === 'denied') return 'blocked';
	if (Notification.permission === 'default') return 'ask';
	return storage()?.getItem(OFF_KEY) === '1' ? 'off' : 'on';
}

/** Asks the browser for permission (only ever from a tap on home); returns the new state. */
export async function askForReminders(): Promise<ReminderState> {
	if (!supported()) return 'unsupported';
	storage()?.removeItem(OFF_KEY);
	if (Notification.permission === 'default') await Notification.requestPermission();
	return reminderState();
}

export function turnRemindersOff(): ReminderState {
	storage()?.setItem(OFF_KEY, '1');
	return reminderState();
}

/**
 * Shows the day's reminder when it is on, something is due today or overdue, and it has not been
 * shown today. Through the service worker where there is one (Android's Chrome allows only that),
 * else with the page's own Notification. Returns whether it was shown.
 */
export async function remindOnOpen(dueNowCount: number, today: string, text: { title: string; body: string }): Promise<boolean> {
	if (dueNowCount === 0 || reminderState() !== 'on' || storage()?.getItem(SHOWN_KEY) === today) return false;
	const options: NotificationOptions = { body: text.body, tag: 'langkah-due', icon: '/icons/icon-192.png' };
	try {
		const registration = await navigator.serviceWorker?.getRegistration();
		if (registration?.active) await registration.showNotification(text.title, options);
		else new Notification(text.title, options);
	} catch {
		return false;
	}
	storage()?.setItem(SHOWN_KEY, today);
	return true;
}
