export interface ServerOptions {
	root?: string;
	port?: number;
	host?: string;
	transform?: (pathname: string, body: Buffer) => Buffer | undefined;
}
export function startServer(options?: ServerOptions): Promise<{ url: string; close: () => Promise<void> }>;
