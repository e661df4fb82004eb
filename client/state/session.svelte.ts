/** Who is using this console, as the server says (snapshot, login reply). */
import type { Role, SessionUser } from '../../server/protocol.ts';
import { canWriteProcess, isLoggedIn } from '../lib/roles.ts';

export class SessionState {
  user = $state('visitor');
  role = $state<Role>('visitor');
  canWrite = $derived(canWriteProcess(this.role));
  loggedIn = $derived(isLoggedIn(this.role));

  set(s: SessionUser): void {
    this.user = s.user;
    this.role = s.role;
  }
}
