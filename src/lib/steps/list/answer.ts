/** The answer of a list step, as a schema (read by the kind and by the code that shows the answer). */
import * as v from 'valibot';
import type { ListItem } from '$lib/flows/flow-types';

export const listItemSchema: v.GenericSchema<unknown, ListItem> = v.object({ id: v.string(), text: v.string() });
