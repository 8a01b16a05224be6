import i18next, { type TOptions } from 'i18next';
import { createSubscriber } from 'svelte/reactivity';
import { DEFAULT_LANGUAGE, INTL_LOCALE, isLanguage, type Language } from './languages';
import { formatList, type ListKind } from './lists';
import { loadMessages } from './resources';

const LIST_KINDS: Record<string, ListKind> = { conjunction: 'and', disjunction: 'or', unit: 'plain' };

/**
 * The runes bridge over one i18next instance. Components call `i18n.t(key)`; reading it inside a
 * template subscribes to language changes and newly loaded namespaces, so text updates in place
 * and nothing else on screen (such as text being typed) is touched.
 */
class Translator {
	readonly #instance = i18next.createInstance();
	readonly #namespacesInUse = new Set<string>(['common']);
	#subscribe = createSubscriber((update) => {
		this.#instance.on('languageChanged', update);
		this.#instance.on('added', update);
		return () => {
			this.#instance.off('languageChanged', update);
			this.#instance.off('added', update);
		};
	});

	constructor() {
		void this.#instance.init({
			lng: DEFAULT_LANGUAGE,
			fallbackLng: false,
			ns: [],
			defaultNS: 'common',
			resources: {},
			initAsync: false,
			interpolation: { escapeValue: false },
			returnNull: false
		});
		// `{{needs, list}}` in a locale text joins an array the language's way (see lists.ts);
		// `list(type: disjunction)` joins with "or", `list(type: unit)` with commas only.
		this.#instance.services.formatter?.add('list', (value: unknown, language: string | undefined, options?: { type?: string }) =>
			Array.isArray(value)
				? formatList(value.map(String), isLanguage(language) ? language : DEFAULT_LANGUAGE, LIST_KINDS[options?.type ?? ''] ?? 'and')
				: String(value)
		);
	}

	get language(): Language {
		this.#subscribe();
		return this.#instance.language as Language;
	}

	get intlLocale(): string {
		return INTL_LOCALE[this.language];
	}

	t = (key: string, options?: TOptions): string => {
		this.#subscribe();
		return this.#instance.t(key, options) as string;
	};

	exists(key: string): boolean {
		return this.#instance.exists(key);
	}

	/**
	 * Adds texts a flow file gave itself (see $lib/flows/flow-file.ts) to its namespace, in every
	 * language; `replace`: texts already there are replaced (the editor's preview, as the worker types).
	 */
	addFlowTexts(definition: { namespace: string; texts?: Partial<Record<Language, Record<string, string>>> }, replace = false): void {
		if (!definition.texts) return;
		for (const [language, texts] of Object.entries(definition.texts)) {
			this.#instance.addResourceBundle(language, definition.namespace, texts, true, replace);
		}
	}

	/** Loads namespaces for the current language and keeps them loaded across language changes. */
	async use(...namespaces: string[]): Promise<void> {
		for (const namespace of namespaces) this.#namespacesInUse.add(namespace);
		await this.#load(this.#instance.language as Language, namespaces);
	}

	async changeLanguage(language: Language): Promise<void> {
		await this.#load(language, [...this.#namespacesInUse]);
		await this.#instance.changeLanguage(language);
		if (typeof document !== 'undefined') document.documentElement.lang = language;
	}

	formatDate(date: Date | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
		return new Intl.DateTimeFormat(this.intlLocale, options).format(date);
	}

	formatList(items: readonly string[], kind?: ListKind): string {
		return formatList(items, this.language, kind);
	}

	formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
		return new Intl.NumberFormat(this.intlLocale, options).format(value);
	}

	async #load(language: Language, namespaces: string[]): Promise<void> {
		const missing = namespaces.filter((ns) => !this.#instance.hasResourceBundle(language, ns));
		const bundles = await Promise.all(missing.map((ns) => loadMessages(language, ns)));
		missing.forEach((ns, index) => this.#instance.addResourceBundle(language, ns, bundles[index], true, true));
	}
}

export const i18n = new Translator();
