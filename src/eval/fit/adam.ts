/** Adam, the usual first-order optimiser, over a flat parameter vector. */
export class Adam {
  private readonly m: number[];
  private readonly v: number[];
  private t = 0;

  constructor(
    size: number,
    private readonly rate = 0.05,
  ) {
    this.m = new Array<number>(size).fill(0);
    this.v = new Array<number>(size).fill(0);
  }

  step(params: number[], gradient: readonly number[]): void {
    this.t++;
    for (let i = 0; i < params.length; i++) {
      const g = gradient[i] ?? 0;
      this.m[i] = 0.9 * this.m[i]! + 0.1 * g;
      this.v[i] = 0.999 * this.v[i]! + 0.001 * g * g;
      const mHat = this.m[i]! / (1 - 0.9 ** this.t);
      const vHat = this.v[i]! / (1 - 0.999 ** this.t);
      params[i]! -= (this.rate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
}
