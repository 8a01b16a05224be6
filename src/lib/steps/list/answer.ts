/** The answer of a list step, as a schema (read by the kind and by the code that shows the answer). */
import * as v from 'valibot';

export const listItemSchema = v.object({ id: v.string(), text: v.string() });

export type ListItem = v.InferOutput<typeof listItemSchema>;
