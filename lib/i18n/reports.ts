/** UI strings of "report a problem with this question" and the teachers' report list (en is the shape). */
import type { Locale } from "./locale";
import type { ReportField } from "@/lib/validation/reports";

const en = {
  form: {
    open: "Report a problem with this question",
    lead: "Spotted a factual error, a confusing translation or a grading mistake? Tell us; a teacher reviews every report.",
    field: "Where is the problem? (optional)",
    fieldAny: "Not sure / general",
    message: "What is wrong?",
    messageHint: (max: number) => `Up to ${max.toLocaleString("en")} characters. Plain text; links are not clickable.`,
    count: (n: number, max: number) => `${n.toLocaleString("en")} / ${max.toLocaleString("en")}`,
    submit: "Send report",
    sending: "Sending…",
    thanks: "Thank you. Your report was sent and a teacher will look at it.",
    another: "Report something else",
    empty: "Describe the problem first.",
    tooLong: (max: number) => `The report is too long. Keep it to ${max.toLocaleString("en")} characters or fewer.`,
  },
  fields: {
    prompt: "The question",
    choices: "The choices",
    answer: "The answer key / model answer",
    explanation: "The explanation",
    grading: "How my answer was graded",
    translation: "Korean or English wording",
    sandbox: "The sandbox demo",
    other: "Something else",
  } satisfies Record<ReportField, string>,
  list: {
    title: "Question reports",
    lead: "Problems learners reported. Fix the content file, then close the report.",
    open: "Open",
    closed: "Closed",
    none: "No open reports. 🎉",
    noneClosed: "No closed reports yet.",
    close: "Close",
    closing: "Closing…",
    closedAt: (when: string) => `Closed ${when}`,
    version: (filed: number, now: number) => (filed === now ? `content v${filed}` : `filed on v${filed}, now v${now}: may already be fixed`),
    guest: "guest",
    member: "signed-in learner",
    readIn: (l: Locale): string => (l === "ko" ? "reading in Korean" : "reading in English"),
    field: "Where",
    nav: (n: number) => `Question reports${n ? ` (${n} open)` : ""}`,
  },
};

type ReportMessages = typeof en;

const ko: ReportMessages = {
  form: {
    open: "이 문제의 오류 신고하기",
    lead: "사실 오류, 어색한 번역, 채점 실수를 발견했나요? 알려 주시면 선생님이 모든 신고를 검토합니다.",
    field: "어느 부분이 문제인가요? (선택)",
    fieldAny: "잘 모르겠음 / 전반적인 문제",
    message: "무엇이 잘못되었나요?",
    messageHint: (max: number) => `${max.toLocaleString("ko")}자까지 쓸 수 있습니다. 일반 텍스트로만 저장되며 링크는 눌리지 않습니다.`,
    count: (n: number, max: number) => `${n.toLocaleString("ko")} / ${max.toLocaleString("ko")}`,
    submit: "신고 보내기",
    sending: "보내는 중…",
    thanks: "감사합니다. 신고가 접수되었고 선생님이 확인할 예정입니다.",
    another: "다른 문제 신고하기",
    empty: "먼저 문제를 설명해 주세요.",
    tooLong: (max: number) => `신고 내용이 너무 깁니다. ${max.toLocaleString("ko")}자 이내로 줄여 주세요.`,
  },
  fields: {
    prompt: "문제 본문",
    choices: "선택지",
    answer: "정답 / 모범 답안",
    explanation: "해설",
    grading: "내 답의 채점 결과",
    translation: "한국어·영어 표현",
    sandbox: "실습(샌드박스) 시연",
    other: "기타",
  },
  list: {
    title: "문제 오류 신고",
    lead: "학습자가 신고한 문제입니다. 콘텐츠 파일을 고친 뒤 신고를 닫으세요.",
    open: "처리 전",
    closed: "처리 완료",
    none: "처리할 신고가 없습니다. 🎉",
    noneClosed: "아직 닫은 신고가 없습니다.",
    close: "닫기",
    closing: "닫는 중…",
    closedAt: (when: string) => `${when}에 닫음`,
    version: (filed: number, now: number) => (filed === now ? `콘텐츠 v${filed}` : `v${filed}에서 신고, 현재 v${now}: 이미 고쳐졌을 수 있음`),
    guest: "비로그인 사용자",
    member: "로그인한 학습자",
    readIn: (l: Locale) => (l === "ko" ? "한국어로 보는 중" : "영어로 보는 중"),
    field: "위치",
    nav: (n: number) => `문제 오류 신고${n ? ` (처리 전 ${n}건)` : ""}`,
  },
};

const all: Record<Locale, ReportMessages> = { en, ko };
export function reportMessages(locale: Locale): ReportMessages {
  return all[locale];
}
