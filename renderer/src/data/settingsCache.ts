import type { BookDatabase } from './bookDatabase';

/**
 * A key/value cache of settings inside the book (for the web bridge and fast start-up). Values
 * are stored as given; whoever reads one validates it with its schema (shared/settings).
 */
export class SettingsCache {
  constructor(private readonly db: BookDatabase) {}

  async get(key: string): Promise<unknown> {
    return (await this.db.settingsCache.get(key))?.value;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.db.settingsCache.put({ key, value });
  }

  async delete(key: string): Promise<void> {
    await this.db.settingsCache.delete(key);
  }
}
