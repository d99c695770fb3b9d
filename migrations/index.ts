import * as migration_20261129_043721_initial from './20261129_043721_initial';
import * as migration_20261129_051313_points_engine from './20261129_051313_points_engine';

export const migrations = [
  {
    up: migration_20261129_043721_initial.up,
    down: migration_20261129_043721_initial.down,
    name: '20261129_043721_initial',
  },
  {
    up: migration_20261129_051313_points_engine.up,
    down: migration_20261129_051313_points_engine.down,
    name: '20261129_051313_points_engine'
  },
];
