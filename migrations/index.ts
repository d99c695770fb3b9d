import * as migration_20261129_043721_initial from './20261129_043721_initial';

export const migrations = [
  {
    up: migration_20261129_043721_initial.up,
    down: migration_20261129_043721_initial.down,
    name: '20261129_043721_initial'
  },
];
