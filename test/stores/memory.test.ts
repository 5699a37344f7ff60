import { MemoryTokenStore } from '../../src/stores/memory-token-store.js';
import { describeTokenStoreContract } from './token-store-contract.js';

describeTokenStoreContract('MemoryTokenStore', async () => ({
  store: new MemoryTokenStore(),
  cleanup: async () => {},
}));
