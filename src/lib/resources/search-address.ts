/**
 * The directory's filter choices in a link (`/resources?need=housing&province=34`): a worker can
 * hand someone a link to a filtered list, copied with the page's "copy link" button. The page reads
 * such a link once and then takes the choices out of the address: neither the filters nor what the
 * person types are kept in the browser's history. Values that are not known codes are ignored
 * rather than trusted.
 */
import { provinceByCode, provinceOfRegency, regencyByCode } from './regions';
import { isNeedCode, isSystemKind, type NeedCode, type SystemKind } from './taxonomy';

export interface SearchChoices {
	need: NeedCode | '';
	system: SystemKind | '';
	province: string;
	regency: string;
	freeOnly: boolean;
	openNow: boolean;
}

export const NO_CHOICES: SearchChoices = { need: '', system: '', province: '', regency: '', freeOnly: false, openNow: false };

const KEYS = ['q', 'need', 'system', 'province', 'regency', 'free', 'open'] as const;

export function choicesFromParams(params: URLSearchParams): SearchChoices {
	const need = params.get('need');
	const system = params.get('system');
	const regency = regencyByCode(params.get('regency') ?? '');
	const province = provinceByCode(params.get('province') ?? '')?.code ?? (regency ? provinceOfRegency(regency.code) : '');
	return {
		need: isNeedCode(need) ? need : '',
		system: isSystemKind(system) ? system : '',
		province,
		regency: regency && provinceOfRegency(regency.code) === province ? regency.code : '',
		freeOnly: params.get('free') === '1',
		openNow: params.get('open') === '1'
	};
}

/**
 * `params` with the choices written over the filter keys. A search text that came in a link (`q`)
 * has been read by now and is dropped; other keys (`from`) stay.
 */
export function paramsWithChoices(params: URLSearchParams, choices: SearchChoices): URLSearchParams {
	const next = new URLSearchParams(params);
	for (const key of KEYS) next.delete(key);
	if (choices.need) next.set('need', choices.need);
	if (choices.system) next.set('system', choices.system);
	if (choices.province) next.set('province', choices.province);
	if (choices.regency) next.set('regency', choices.regency);
	if (choices.freeOnly) next.set('free', '1');
	if (choices.openNow) next.set('open', '1');
	return next;
}

/** True when a link carries a search text or any filter, known or not. */
export function carriesChoices(params: URLSearchParams): boolean {
	return KEYS.some((key) => params.has(key));
}

/** The link to the directory with these choices and search text, for "copy link". */
export function linkWithChoices(directoryUrl: string, choices: SearchChoices, query = ''): string {
	const url = new URL(directoryUrl);
	const params = paramsWithChoices(new URLSearchParams(), choices);
	const text = query.trim();
	if (text) params.set('q', text);
	url.search = params.toString();
	url.hash = '';
	return url.href;
}
