export interface LayerViolation {
  file: string;
  specifier: string;
  rule: string;
}
export function checkFile(file: string, source: string): LayerViolation[];
export function checkLayering(root: string): LayerViolation[];
