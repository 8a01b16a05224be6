import { describe, expect, it } from 'vitest';
import type { Address, Location, Phone, PhoneDetail, Service, ServiceDetail } from '$lib/resources/hsds';
import { hasPlaceToGo, servicePhones } from '$lib/resources/notes';

function phone(id: string, number: string): PhoneDetail {
	return { phone: { id, number } as Phone, languages: [], attributes: [] };
}

function detail(changes: Partial<ServiceDetail> = {}): ServiceDetail {
	return {
		packId: 'pack',
		service: { id: 'service-1', name: 'A service', status: 'active' } as Service,
		phones: [],
		schedules: [],
		serviceAreas: [],
		languages: [],
		costOptions: [],
		requiredDocuments: [],
		contacts: [],
		funding: [],
		attributes: [],
		locations: [],
		...changes
	};
}

function place(locationType: Location['location_type'], addresses: Partial<Address>[], phones: PhoneDetail[] = []): ServiceDetail['locations'][number] {
	return {
		serviceAtLocation: { id: 'sal-1', service_id: 'service-1', location_id: 'location-1' } as ServiceDetail['locations'][number]['serviceAtLocation'],
		location: { id: 'location-1', location_type: locationType } as Location,
		addresses: addresses.map((address, index) => ({ id: `address-${index}`, address_1: '', city: '', state_province: '', postal_code: '', country: 'ID', address_type: 'physical', ...address }) as Address),
		phones,
		schedules: [],
		contacts: [],
		accessibility: [],
		languages: []
	};
}

describe('hasPlaceToGo', () => {
	it('is false for a help line: no location at all', () => {
		expect(hasPlaceToGo(detail({ phones: [phone('p1', '129')] }))).toBe(false);
	});

	it('is true for a physical location with a street address, physical or postal', () => {
		expect(hasPlaceToGo(detail({ locations: [place('physical', [{ address_1: 'Jl. Malioboro 1' }])] }))).toBe(true);
		expect(hasPlaceToGo(detail({ locations: [place('physical', [{ address_1: '1-30 Main Street', address_type: 'postal' }])] }))).toBe(true);
	});

	it('is false for a location online only, a virtual address, or an address without a street', () => {
		expect(hasPlaceToGo(detail({ locations: [place('virtual', [{ address_1: 'Jl. Malioboro 1' }])] }))).toBe(false);
		expect(hasPlaceToGo(detail({ locations: [place('physical', [{ address_1: 'Jl. Malioboro 1', address_type: 'virtual' }])] }))).toBe(false);
		expect(hasPlaceToGo(detail({ locations: [place('physical', [{ address_1: '  ' }])] }))).toBe(false);
		expect(hasPlaceToGo(detail({ locations: [place('physical', [])] }))).toBe(false);
	});
});

describe('servicePhones', () => {
	it('lists the service’s own phones first, then its locations’, each once', () => {
		const own = phone('p1', '129');
		const shared = phone('p2', '0274 123');
		const atPlace = phone('p3', '0274 456');
		const phones = servicePhones(detail({ phones: [own, shared], locations: [place('physical', [], [shared, atPlace])] }));
		expect(phones.map((item) => item.phone.number)).toEqual(['129', '0274 123', '0274 456']);
	});

	it('is empty for a service without phones', () => {
		expect(servicePhones(detail())).toEqual([]);
	});
});
