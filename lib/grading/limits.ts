/** Limits shared by the graders, the API, the CLI and the answer form (client-safe: no grader code). */
export const MAX_ANSWER_CHARS = 5000;
