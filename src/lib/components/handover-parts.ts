/**
 * The handover parts a client's screens show only now and then ("Send to your worker", "Share this
 * service"), loaded with their texts when first shown, so that no page carries them in its first load.
 */
import { i18n } from '$lib/i18n/i18n.svelte';

export async function loadSendToWorker() {
	const [module] = await Promise.all([import('./SendToWorker.svelte'), i18n.use('handover')]);
	return module.default;
}

export async function loadShareService() {
	const [module] = await Promise.all([import('./ShareService.svelte'), i18n.use('handover')]);
	return module.default;
}
