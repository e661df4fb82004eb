/**
 * `npm run users -- add <name> <role>` (password from ZK_PASSWORD or asked on the terminal),
 * `npm run users -- remove <name>`, `npm run users -- list`. Accounts live in DATA_DIR/zhongkong.db.
 */
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { openDb } from '../store/db.ts';
import { Users } from './users.ts';
import { isRole } from './roles.ts';
import { ROLES } from '../protocol.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const db = openDb(resolve(process.env.DATA_DIR ?? join(root, 'data')));
const users = new Users(db, false);
const [verb, name, role] = process.argv.slice(2);
const usage = `usage: npm run users -- add <name> <${ROLES.filter((r) => r !== 'visitor').join('|')}> | remove <name> | list`;

if (verb === 'list') {
  for (const u of users.list()) console.log(`${u.user}\t${u.role}`);
} else if (verb === 'add' && name && isRole(role) && role !== 'visitor') {
  let password = process.env.ZK_PASSWORD;
  if (!password) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = await rl.question(`password for ${name}: `);
    rl.close();
  }
  if (password.length < 8) {
    console.error('A password needs at least 8 characters.');
    process.exit(2);
  }
  users.set(name, role, password);
  console.log(`${name} (${role}) saved.`);
} else if (verb === 'remove' && name) {
  console.log(users.remove(name) ? `${name} removed.` : `There is no user ${name}.`);
} else {
  console.error(usage);
  process.exit(2);
}
db.close();
