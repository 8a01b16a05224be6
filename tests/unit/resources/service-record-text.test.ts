import { describe, expect, it } from 'vitest';
import type { Referral } from '$lib/db/my-resources.repo';
import type { ServiceEvent } from '$lib/db/service-events.repo';
import { groupNoteText, serviceRecordFileName, serviceRecordText } from '$lib/resources/service-record-text';

const event = (happenedOn: string, kind: ServiceEvent['kind'], who: string, what: string): ServiceEvent => ({
	id: happenedOn,
	referralId: 'r',
	kind,
	happenedOn,
	who,
	what,
	createdAt: 1,
	updatedAt: 1
});

const words = {
	heading: (service: string) => `Yang terjadi dengan ${service}`,
	kind: (kind: string) => ({ refused: 'Ditolak', waiting: 'Menunggu' })[kind] ?? kind,
	who: 'Siapa',
	what: 'Yang terjadi dan yang dikatakan',
	day: (day: string) => day.split('-').reverse().join('/'),
	empty: 'Belum ada catatan.'
};

describe('the record of what happened, as a file', () => {
	it('lists each thing that happened with its date, kind, who and what was said, leaving out what is empty', () => {
		const text = serviceRecordText('Dinas Sosial', [event('2026-11-02', 'refused', 'Pak Budi, loket 2', 'Katanya datanya tidak ada'), event('2026-11-20', 'waiting', '', 'Belum ada kabar')], words);
		expect(text).toBe(
			'Yang terjadi dengan Dinas Sosial\n\n02/11/2026 · Ditolak\nSiapa: Pak Budi, loket 2\nYang terjadi dan yang dikatakan: Katanya datanya tidak ada\n\n20/11/2026 · Menunggu\nYang terjadi dan yang dikatakan: Belum ada kabar\n'
		);
		expect(serviceRecordText('X', [], words)).toContain('Belum ada catatan.');
	});

	it('names the file with safe letters only', () => {
		expect(serviceRecordFileName('langkah-catatan', 'Dinas Sosial / Kota Bandung', '2026-11-30')).toBe('langkah-catatan-dinas-sosial-kota-bandung-2026-11-30.txt');
		expect(serviceRecordFileName('langkah-catatan', '***', '2026-11-30')).toBe('langkah-catatan-layanan-2026-11-30.txt');
	});
});

describe('one note to several services', () => {
	it('is addressed to every service and ends with a tracker line for each', () => {
		const referral = (serviceName: string, status: Referral['status']) => ({ serviceName, status }) as Referral;
		const text = groupNoteText([referral('Puskesmas', 'planned'), referral('Dinas Sosial', 'waiting')], 'Aku butuh bantuan', [{ label: 'Yang terjadi', text: 'Ibu sakit' }], {
			header: (names) => `Untuk: ${names.join(', ')}`,
			trackerHeading: 'Perkembangan',
			trackerLine: (item) => `${item.serviceName}: ${item.status}`
		});
		expect(text).toBe('Untuk: Puskesmas, Dinas Sosial\n\nAku butuh bantuan\n\nYang terjadi\nIbu sakit\n\nPerkembangan\n- Puskesmas: planned\n- Dinas Sosial: waiting');
	});
});
