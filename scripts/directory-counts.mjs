// Counts of the bundled directory's entries: by category of need (national entries), by province
// (the provincial layer, plus the entries serving only that province), and which entries carry
// an UNCONFIRMED caution. Usage: node scripts/directory-counts.mjs
import { withModules } from './load-ts.mjs';

await withModules(['/src/lib/resources/bundled/index.ts', '/src/lib/resources/taxonomy.ts', '/src/lib/resources/regions.ts'], (bundled, taxonomy, regions) => {
	const services = bundled.BUNDLED_SERVICES;
	const national = services.filter((service) => service.area === 'national');
	console.log(`Bundled services: ${services.length} (${national.length} national, ${services.length - national.length} for one province)\n`);
	console.log('National entries by category of need:');
	for (const need of taxonomy.NEED_CODES) {
		const keys = national.filter((service) => service.needs.includes(need)).map((service) => service.key);
		console.log(`  ${need.padEnd(17)} ${String(keys.length).padStart(2)}  ${keys.join(', ')}`);
	}
	console.log('\nEntries by province (serving only that province):');
	for (const province of regions.PROVINCES) {
		const keys = services.filter((service) => service.area === province.code).map((service) => service.key);
		console.log(`  ${province.code} ${province.name.padEnd(26)} ${keys.length}  ${keys.join(', ')}`);
	}
	const unconfirmed = services.filter((service) => service.unconfirmed);
	console.log(`\nUNCONFIRMED (${unconfirmed.length}):`);
	for (const service of unconfirmed) console.log(`  ${service.key}: ${service.unconfirmed}`);
});
