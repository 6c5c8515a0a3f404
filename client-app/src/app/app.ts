import { ChangeDetectionStrategy, Component } from '@angular/core';

import { Shell } from './core/layout/shell/shell';

@Component({
  selector: 'app-root',
  imports: [Shell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<app-shell />',
  styles: ':host { display: block; }',
})
export class App {}
