/**
 * What d3-shape's line and area write their path into, in the build (scripts/d3TrimPlugin.ts points
 * d3-shape's d3-path here): d3-path's Path with the commands straight lines use (moveTo, lineTo,
 * closePath), writing the same numbers to the same digits. The charts draw no curve, arc or rectangle:
 * asked for one, this build says so rather than drawing something else.
 */
export class Path {
  _x0: number | null = null;
  _y0: number | null = null;
  _x1: number | null = null;
  _y1: number | null = null;
  _ = '';
  readonly #round: (value: number) => number;

  constructor(digits?: number | null) {
    const d = digits == null ? Infinity : Math.floor(digits);
    if (!(d >= 0)) throw new Error(`invalid digits: ${digits}`);
    const k = 10 ** d;
    this.#round = d > 15 ? (value) => value : (value) => Math.round(value * k) / k;
  }

  moveTo(x: number, y: number): void {
    this._x0 = this._x1 = +x;
    this._y0 = this._y1 = +y;
    this._ += `M${this.#round(this._x1)},${this.#round(this._y1)}`;
  }

  lineTo(x: number, y: number): void {
    this._x1 = +x;
    this._y1 = +y;
    this._ += `L${this.#round(this._x1)},${this.#round(this._y1)}`;
  }

  closePath(): void {
    if (this._x1 === null) return;
    this._x1 = this._x0;
    this._y1 = this._y0;
    this._ += 'Z';
  }

  quadraticCurveTo(): never {
    return notInBuild('quadraticCurveTo');
  }
  bezierCurveTo(): never {
    return notInBuild('bezierCurveTo');
  }
  arcTo(): never {
    return notInBuild('arcTo');
  }
  arc(): never {
    return notInBuild('arc');
  }
  rect(): never {
    return notInBuild('rect');
  }

  toString(): string {
    return this._;
  }
}

function notInBuild(command: string): never {
  throw new Error(`${command}: only straight lines are in this build's d3-path (src/lib/charts/linePath.ts)`);
}
