// Disputed claims: who is accused, by whom, and the denials, each sentence linking to its article.
import { api, pager, markNav } from './dom.js';
import { disputeItem } from './items.js';

markNav();
const list = document.getElementById('claims');
const claims = pager(list, (cursor) => api('/api/claims', { cursor }), disputeItem);
list.after(claims.button);
claims.reload();
