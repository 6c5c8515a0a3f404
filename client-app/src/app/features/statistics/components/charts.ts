import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { type ChartPoint, donutArcs } from '../statistics-rules';

/** Series colours with enough contrast against white (and between them). */
export const SERIES_COLOURS = ['#0b3d91', '#c8102e', '#1e7b34', '#8a5a00'];

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 44, right: 12, top: 12, bottom: 36 };
const VIEW_BOX = `0 0 ${WIDTH} ${HEIGHT}`;

/** "2026-03" → "03/26": short enough for twelve labels under a narrow chart. */
function short(label: string): string {
  return /^\d{4}-\d{2}$/.test(label) ? `${label.slice(5)}/${label.slice(2, 4)}` : label;
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

/** The frame both charts draw: the base line, and the scale's top and zero at the left of the plot. */
@Component({
  // An SVG group, so that the lines and labels stay inside the chart's <svg>.
  selector: 'g[appChartAxis]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg:line
      [attr.x1]="pad.left"
      [attr.x2]="width - pad.right"
      [attr.y1]="base"
      [attr.y2]="base"
      class="chart__axis"
    />
    <svg:text [attr.x]="pad.left - 6" [attr.y]="top() + 4" text-anchor="end" class="chart__label">
      {{ topLabel() }}
    </svg:text>
    <svg:text [attr.x]="pad.left - 6" [attr.y]="base" text-anchor="end" class="chart__label">
      0
    </svg:text>
  `,
})
export class ChartAxis {
  /** Where the top of the scale is drawn, and what it reads. */
  readonly top = input.required<number>();
  readonly topLabel = input.required<string>();
  protected readonly width = WIDTH;
  protected readonly pad = PAD;
  protected readonly base = HEIGHT - PAD.bottom;
}

/**
 * Grouped bars, one group per point. The drawing is hidden from assistive technology: the page puts the same figures
 * in a table beside it.
 */
@Component({
  selector: 'app-bar-chart',
  imports: [ChartAxis],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg [attr.viewBox]="viewBox" class="chart" aria-hidden="true" focusable="false">
      <g appChartAxis [top]="pad.top" [topLabel]="'' + max()"></g>
      @for (bar of bars(); track $index) {
        <rect
          [attr.x]="bar.x"
          [attr.y]="bar.y"
          [attr.width]="bar.w"
          [attr.height]="bar.h"
          [attr.fill]="bar.colour"
        />
      }
      @for (label of labels(); track $index) {
        <text [attr.x]="label.x" [attr.y]="height - 12" text-anchor="middle" class="chart__label">
          {{ label.text }}
        </text>
      }
    </svg>
  `,
})
export class BarChart {
  readonly points = input.required<readonly ChartPoint[]>();
  protected readonly viewBox = VIEW_BOX;
  protected readonly height = HEIGHT;
  protected readonly pad = PAD;
  protected readonly base = HEIGHT - PAD.bottom;
  protected readonly max = computed(() =>
    niceMax(Math.max(0, ...this.points().flatMap((p) => p.values))),
  );

  private readonly slot = computed(
    () => (WIDTH - PAD.left - PAD.right) / Math.max(1, this.points().length),
  );

  protected readonly bars = computed(() => {
    const slot = this.slot();
    return this.points().flatMap((point, i) => {
      const w = (slot * 0.8) / Math.max(1, point.values.length);
      return point.values.map((value, s) => {
        const h = (value / this.max()) * (this.base - PAD.top);
        return {
          x: PAD.left + i * slot + slot * 0.1 + s * w,
          y: this.base - h,
          w,
          h,
          colour: SERIES_COLOURS[s],
        };
      });
    });
  });

  protected readonly labels = computed(() => {
    const slot = this.slot();
    const every = Math.ceil(this.points().length / 8);
    return this.points()
      .map((p, i) => ({ x: PAD.left + i * slot + slot / 2, text: short(p.label), i }))
      .filter((l) => l.i % every === 0);
  });
}

/** A line of one series in percent (0–100), with a dashed reference line when given. */
@Component({
  selector: 'app-line-chart',
  imports: [ChartAxis],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg [attr.viewBox]="viewBox" class="chart" aria-hidden="true" focusable="false">
      <g appChartAxis [top]="y(100)" topLabel="100 %"></g>
      @if (reference() != null) {
        <line
          [attr.x1]="pad.left"
          [attr.x2]="width - pad.right"
          [attr.y1]="y(reference()!)"
          [attr.y2]="y(reference()!)"
          class="chart__reference"
        />
      }
      <polyline [attr.points]="line()" fill="none" [attr.stroke]="colour" stroke-width="3" />
      @for (dot of dots(); track $index) {
        <circle [attr.cx]="dot.x" [attr.cy]="dot.y" r="4" [attr.fill]="colour" />
        <text [attr.x]="dot.x" [attr.y]="height - 12" text-anchor="middle" class="chart__label">
          {{ dot.label }}
        </text>
      }
    </svg>
  `,
})
export class LineChart {
  readonly points = input.required<readonly ChartPoint[]>();
  readonly reference = input<number | null>(null);
  protected readonly viewBox = VIEW_BOX;
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly pad = PAD;
  protected readonly colour = SERIES_COLOURS[2];

  protected y(percent: number): number {
    return HEIGHT - PAD.bottom - (percent / 100) * (HEIGHT - PAD.top - PAD.bottom);
  }

  protected readonly dots = computed(() => {
    const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, this.points().length);
    return this.points().map((p, i) => ({
      x: PAD.left + i * slot + slot / 2,
      y: this.y(p.values[0]),
      label: p.label,
    }));
  });

  protected readonly line = computed(() =>
    this.dots()
      .map((d) => `${d.x},${d.y}`)
      .join(' '),
  );
}

/** A donut of up to four slices. */
@Component({
  selector: 'app-donut-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg viewBox="0 0 200 200" class="chart chart--donut" aria-hidden="true" focusable="false">
      @for (arc of arcs(); track arc.index) {
        <path [attr.d]="arc.d" [attr.fill]="arc.colour" />
      }
      <circle cx="100" cy="100" r="52" fill="#ffffff" />
    </svg>
  `,
})
export class DonutChart {
  readonly values = input.required<readonly number[]>();

  protected readonly arcs = computed(() =>
    donutArcs(this.values()).map((arc) => {
      const point = (angle: number) =>
        `${100 + 90 * Math.sin(angle)} ${100 - 90 * Math.cos(angle)}`;
      const end = arc.end - arc.start >= 2 * Math.PI ? arc.end - 0.0001 : arc.end;
      const large = end - arc.start > Math.PI ? 1 : 0;
      return {
        index: arc.index,
        colour: SERIES_COLOURS[arc.index],
        d: `M 100 100 L ${point(arc.start)} A 90 90 0 ${large} 1 ${point(end)} Z`,
      };
    }),
  );
}
