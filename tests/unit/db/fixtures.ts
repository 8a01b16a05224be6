import type { LangkahDatabase } from '$lib/db/database';

/**
 * Records as each schema version wrote them, and how the latest version must read them back.
 * Add an entry with every new schema version: the upgrade test fails until you do.
 */
export const FIXTURES_BY_VERSION: Record<
	number,
	{ seed: (db: LangkahDatabase) => Promise<void>; verify: (db: LangkahDatabase) => Promise<void> }
> = {
	1: {
		async seed(db) {
			await db.table('settings').bulkPut([
				{ key: 'language', value: 'en' },
				{ key: 'theme', value: 'dark' },
				{ key: 'persistence', value: 'granted' }
			]);
		},
		async verify(db) {
			const settings = await db.table('settings').toArray();
			const byKey = Object.fromEntries(settings.map((r: { key: string; value: unknown }) => [r.key, r.value]));
			if (byKey.language !== 'en' || byKey.theme !== 'dark' || byKey.persistence !== 'granted') {
				throw new Error(`settings were not kept: ${JSON.stringify(byKey)}`);
			}
		}
	},
	2: {
		async seed(db) {
			await db.table('runs').put({
				id: 'run-1',
				flowId: 'tell',
				flowVersion: 1,
				status: 'active',
				snapshot: { status: 'active', value: 'what', context: { answers: { what: 'Saya bingung' }, history: ['welcome', 'feelings'], returnToReview: null } },
				createdAt: 1,
				updatedAt: 2
			});
		},
		async verify(db) {
			const run = await db.table('runs').get('run-1');
			if (run?.snapshot?.context?.answers?.what !== 'Saya bingung') throw new Error('the run was not kept');
		}
	},
	3: {
		async seed(db) {
			const serviceId = '11111111-2222-4333-8444-555555555555';
			await db.table('packs').put({
				id: 'pack-1',
				name: 'Direktori Kota Contoh',
				language: 'id',
				sourceFiles: ['direktori.json'],
				importedAt: 3,
				counts: { service: 1 }
			});
			await db.table('directoryRecords').put({
				type: 'service',
				id: serviceId,
				packId: 'pack-1',
				links: [],
				data: { id: serviceId, name: 'Rumah Aman Contoh', status: 'active', extra: { x_catatan: 'tetap ada' } }
			});
			await db.table('myServices').put({ serviceId, serviceName: 'Rumah Aman Contoh', packId: 'pack-1', savedAt: 4 });
			await db.table('referrals').put({
				id: 'referral-1',
				serviceId,
				serviceName: 'Rumah Aman Contoh',
				note: 'Saya perlu tempat aman',
				answers: [],
				status: 'planned',
				trackerNotes: '',
				createdAt: 5,
				updatedAt: 5,
				statusChangedAt: 5
			});
			await db.table('people').put({ id: 'person-1', name: 'Bu Sri', howTheyCanHelp: 'Mendengarkan', contact: '', createdAt: 6, updatedAt: 6 });
			await db.table('unmetNeeds').put({ id: 'need-1', what: 'Tempat penitipan anak', category: 'family-children', notedAt: 7 });
		},
		async verify(db) {
			const record = await db.table('directoryRecords').get(['service', '11111111-2222-4333-8444-555555555555']);
			if (record?.data?.extra?.x_catatan !== 'tetap ada') throw new Error('the directory record was not kept');
			if ((await db.table('packs').get('pack-1'))?.name !== 'Direktori Kota Contoh') throw new Error('the pack was not kept');
			if (!(await db.table('myServices').get('11111111-2222-4333-8444-555555555555'))) throw new Error('the saved service was not kept');
			if ((await db.table('referrals').get('referral-1'))?.note !== 'Saya perlu tempat aman') throw new Error('the referral was not kept');
			if ((await db.table('people').get('person-1'))?.name !== 'Bu Sri') throw new Error('the person was not kept');
			if ((await db.table('unmetNeeds').get('need-1'))?.category !== 'family-children') throw new Error('the unmet need was not kept');
		}
	},
	4: {
		async seed(db) {
			await db.table('safetyPlan').put({
				section: 'reasonsForLiving',
				items: [{ id: 'reason-1', text: 'Adikku' }],
				createdAt: 8,
				updatedAt: 9
			});
		},
		async verify(db) {
			const section = await db.table('safetyPlan').get('reasonsForLiving');
			if (section?.items?.[0]?.text !== 'Adikku' || section?.createdAt !== 8) throw new Error('the safety plan was not kept');
		}
	},
	5: {
		async seed(db) {
			await db.table('flows').put({
				id: 'shared-1',
				version: 2,
				file: { id: 'shared-1', version: 2, namespace: 'flow-shared-1', title: { id: 'Judul', en: 'Title' } },
				origin: 'link',
				addedAt: 10,
				updatedAt: 11
			});
		},
		async verify(db) {
			const flow = await db.table('flows').get('shared-1');
			if (flow?.file?.title?.id !== 'Judul' || flow?.origin !== 'link' || flow?.addedAt !== 10) throw new Error('the stored flow was not kept');
		}
	},
	6: {
		async seed(db) {
			await db.table('received').put({
				id: 'received-1',
				type: 'needs',
				summary: { type: 'needs', madeAt: 12, counts: { health: 2 } },
				receivedAt: 13
			});
		},
		async verify(db) {
			const received = await db.table('received').get('received-1');
			if (received?.summary?.counts?.health !== 2 || received?.receivedAt !== 13) throw new Error('the received summary was not kept');
		}
	},
	8: {
		async seed(db) {
			await db.table('dueMarks').put({ key: 'run:run-1:plan:step-1:2026-12-01', doneAt: 12, updatedAt: 12 });
			await db.table('dueMarks').put({ key: 'referral:referral-1:2026-12-03', movedTo: '2026-12-05', updatedAt: 13 });
		},
		async verify(db) {
			const done = await db.table('dueMarks').get('run:run-1:plan:step-1:2026-12-01');
			const moved = await db.table('dueMarks').get('referral:referral-1:2026-12-03');
			if (done?.doneAt !== 12 || moved?.movedTo !== '2026-12-05') throw new Error('the due marks were not kept');
		}
	},
	9: {
		async seed(db) {
			await db.table('network').put({
				id: 'tie-1',
				ref: '',
				kind: 'own',
				name: 'Kelompok pengajian',
				sector: 'societal',
				closeness: 2,
				helps: ['listen'],
				strained: false,
				note: 'Setiap Kamis',
				createdAt: 12,
				updatedAt: 13
			});
		},
		async verify(db) {
			const tie = await db.table('network').get('tie-1');
			if (tie?.name !== 'Kelompok pengajian' || tie?.sector !== 'societal' || tie?.note !== 'Setiap Kamis') throw new Error('the network tie was not kept');
		}
	},
	10: {
		async seed(db) {
			await db.table('people').put({
				id: 'person-10',
				name: 'Masjid Al-Ikhlas',
				howTheyCanHelp: 'Beras tiap Jumat',
				contact: '',
				relation: 'worship',
				needs: ['food', 'money-aid'],
				createdAt: 12,
				updatedAt: 12
			});
		},
		async verify(db) {
			// Found by what they can help with; the person of version 3 has no needs and is not in the index.
			const food = await db.table('people').where('needs').equals('food').toArray();
			if (food.length !== 1 || food[0]?.name !== 'Masjid Al-Ikhlas' || food[0]?.relation !== 'worship') throw new Error('the place of worship was not found by need');
			if ((await db.table('people').where('needs').equals('money-aid').primaryKeys()).join() !== 'person-10') throw new Error('the needs index is wrong');
		}
	},
	11: {
		async seed(db) {
			// A note to two services at once, and what happened with one of them.
			for (const [id, serviceId] of [
				['referral-g1', 'service-a'],
				['referral-g2', 'service-b']
			]) {
				await db.table('referrals').put({
					id,
					serviceId,
					serviceName: serviceId,
					note: 'Satu catatan untuk dua layanan',
					answers: [],
					status: 'planned',
					trackerNotes: '',
					createdAt: 12,
					updatedAt: 12,
					statusChangedAt: 12,
					groupId: 'group-1'
				});
			}
			await db.table('serviceEvents').put({
				id: 'event-1',
				referralId: 'referral-g1',
				kind: 'refused',
				happenedOn: '2026-11-30',
				who: 'Petugas loket',
				what: 'Katanya harus kembali minggu depan',
				createdAt: 13,
				updatedAt: 13
			});
		},
		async verify(db) {
			const group = await db.table('referrals').where('groupId').equals('group-1').primaryKeys();
			if (group.length !== 2) throw new Error('the note to several services lost its tracker lines');
			// A referral written before version 11 has no group and is still found by its service.
			const older = await db.table('referrals').where('serviceId').equals('11111111-2222-4333-8444-555555555555').toArray();
			if (older.length > 0 && older.some((referral: { groupId?: string }) => referral.groupId !== undefined)) throw new Error('an older referral got a group');
			const events = await db.table('serviceEvents').where('referralId').equals('referral-g1').toArray();
			if (events[0]?.who !== 'Petugas loket' || events[0]?.happenedOn !== '2026-11-30') throw new Error('the record of what happened was not kept');
		}
	}
};
