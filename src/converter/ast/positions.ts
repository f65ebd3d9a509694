/** 1-based lines and 0-based columns (in characters) of string offsets. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    for (let i = 0; i < source.length; i += 1) {
      if (source.charCodeAt(i) === 10) {
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return { line: low + 1, column: offset - this.starts[low] };
  }

  lineStart(line: number): number {
    return this.starts[line - 1];
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
