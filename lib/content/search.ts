/** Search text normalisation shared by the seed (stored text) and the data layer (queries). */
export function searchNormalize(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[%_\\]+/g, " ");
}
