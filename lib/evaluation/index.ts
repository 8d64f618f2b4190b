// Evaluation: pre-course, post-course and impact questionnaires, certificates, co-signs and what trainers see.
export { listOutstandingQuestionnaires, listMyCertificates, getQuestionnaire, submitEvaluation, type Answer, type SubmitResult, type OutstandingQuestionnaire } from "./questionnaires";
export { certificatePdf } from "./certificate";
export { getCoSignView, coSignImpact, type CoSignView } from "./cosign";
export { resolveEvaluationLink, evaluationLinkUrl, coSignLinkUrl } from "./links";
export { queueEvaluationRequest, registerEvaluationJobs } from "./jobs";
export { listMyEvaluatedSessions, sessionEvaluations, anonymiseAnswers, type SessionEvaluations } from "./trainer";
export { EVALUATION_KINDS, EVALUATION_TITLES, isQuestionnaireOpen, certificateReleased, type EvaluationKind } from "./rules";
export { preEvaluationSchema, postEvaluationSchema, impactEvaluationSchema, IMPACT_THEMES, CONFIDENCE_LABELS, RATING_LABELS } from "./schemas";
