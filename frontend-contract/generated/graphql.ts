/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AgencyKind =
  | 'DEPARTMENT'
  | 'VERTICAL';

export type ApplicantType =
  | 'CITIZEN'
  | 'ORGANISATION';

export type AttachDossierFileInput = {
  code: string;
  /** A result's decision date (ISO-8601) */
  decisionDate?: string | null | undefined;
  /** A result's decision number, e.g. 123/QĐ-SXD */
  decisionNumber?: string | null | undefined;
  /** The position of the procedure's required document this file is */
  documentPosition?: number | null | undefined;
  purpose: FilePurpose;
  /** A file of this dossier that this one corrects; it stays on record */
  replacesFileId?: string | number | null | undefined;
  /** The `id` that POST /uploads answered */
  uploadId: string | number;
};

/** Give either a service group or a procedure (its agency picks the group), and a slot's start */
export type BookVisitInput = {
  centerCode: string;
  groupCode?: string | null | undefined;
  /** Makes a retry happen once: the same key and input answer the first result again */
  idempotencyKey?: string | null | undefined;
  procedureCode?: string | null | undefined;
  /** ISO-8601 */
  startsAt: string;
};

export type BookingCodeInput = {
  code: string;
};

/** Where a booked visit stands */
export type BookingState =
  | 'BOOKED'
  | 'CANCELLED'
  | 'CHECKED_IN'
  | 'EXPIRED';

export type Channel =
  | 'DIRECT'
  | 'ONLINE'
  | 'POSTAL';

export type CheckInInput = {
  centerCode: string;
  code: string;
};

/** The officer's own counter, as the token names it */
export type CounterInput = {
  /** Defaults to the officer's center */
  centerCode?: string | null | undefined;
  counterCode: string;
};

export type CounterStatus =
  | 'BREAK'
  | 'CLOSED'
  | 'OPEN';

/** An action in a dossier's processing log */
export type DossierAction =
  | 'ACCEPT'
  | 'CONFIRM_PAYMENT'
  | 'ISSUE_APOLOGY'
  | 'RECEIVE'
  | 'RECEIVE_SUPPLEMENT'
  | 'RECORD_RESULT'
  | 'REFUSE'
  | 'REQUEST_PAYMENT'
  | 'REQUEST_SUPPLEMENT'
  | 'RETURN_RESULT'
  | 'STOP'
  | 'SUBMIT'
  | 'TRANSFER'
  | 'WITHDRAW';

export type DossierActionInput = {
  code: string;
  /** Makes a retry happen once: the same key and input answer the first result again */
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
};

export type DossierFilter = {
  agencyCode?: string | null | undefined;
  /** Legal due date before this day (ISO-8601) */
  dueBefore?: string | null | undefined;
  /** In progress and due within this many working days from today (0: due today or late) */
  dueWithinWorkingDays?: number | null | undefined;
  /** Past the legal due date (late if finished) */
  overdue?: boolean | null | undefined;
  procedureCode?: string | null | undefined;
  /** ISO-8601 */
  receivedFrom?: string | null | undefined;
  /** ISO-8601 */
  receivedTo?: string | null | undefined;
  status?: DossierStatus | null | undefined;
};

/** Dossier status, with the national portal's code */
export type DossierStatus =
  | 'PAYMENT_DUE'
  | 'PROCESSING'
  | 'RECEIVED'
  | 'REFUSED'
  | 'RESULT_READY'
  | 'RETURNED'
  | 'STOPPED'
  | 'SUBMITTED'
  | 'SUPPLEMENT_REQUESTED'
  | 'WITHDRAWN';

/** Why a request or a mutation was refused: one vocabulary for userErrors and extensions.code */
export type ErrorCode =
  | 'ALREADY_EXISTS'
  | 'BAD_REQUEST'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'COUNTER_NOT_OPEN'
  | 'FORBIDDEN'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INTERNAL_ERROR'
  | 'INVALID'
  | 'INVALID_STATE'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'QUERY_TOO_COMPLEX'
  | 'QUEUE_EMPTY'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'UNAUTHENTICATED';

/** What a feedback is about, which decides who answers it */
export type FeedbackAbout =
  | 'CENTER'
  | 'DOSSIER'
  | 'OFFICER';

export type FeedbackStatus =
  | 'ANSWERED'
  | 'RECEIVED';

/** Why a file was attached to a dossier */
export type FilePurpose =
  /** A paper handed in with the dossier, scanned at the counter or uploaded online */
  | 'INTAKE'
  /** The signed result (kết quả điện tử), attached by the agency that decided */
  | 'RESULT'
  /** A paper handed in when a supplement was asked for */
  | 'SUPPLEMENT';

export type FinishTicketInput = {
  centerCode?: string | null | undefined;
  counterCode: string;
  /** The dossier this visit opened, if any */
  dossierCode?: string | null | undefined;
  ticketNumber: string;
};

export type OnlineLevel =
  | 'FULL'
  | 'NONE'
  | 'PARTIAL';

/** Which tier of government settles the procedure (since 1 July 2025: province and commune) */
export type ProcedureLevel =
  | 'CENTRAL'
  | 'COMMUNE'
  | 'PROVINCIAL';

export type RateDossierInput = {
  code: string;
  comment?: string | null | undefined;
  /** Makes a retry happen once: the same key and input answer the first result again */
  idempotencyKey?: string | null | undefined;
  rating: number;
};

export type RequestSupplementInput = {
  code: string;
  missingItems: Array<string>;
  note?: string | null | undefined;
};

export type StatisticsGrouping =
  | 'AGENCY'
  | 'CENTER'
  | 'FIELD';

export type SubmitFeedbackInput = {
  about: FeedbackAbout;
  /** The center, unless it is about a dossier */
  centerCode?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  dossierCode?: string | null | undefined;
  /** The receipt's secret, when not signed in as the applicant */
  dossierSecret?: string | null | undefined;
  officerName?: string | null | undefined;
  text: string;
};

/** Give either a service group or a procedure (its agency picks the group) */
export type TakeTicketInput = {
  centerCode: string;
  groupCode?: string | null | undefined;
  /** Makes a retry happen once: the same key and input answer the first result again */
  idempotencyKey?: string | null | undefined;
  priority?: TicketPriority | null | undefined;
  procedureCode?: string | null | undefined;
};

export type TicketActionInput = {
  centerCode?: string | null | undefined;
  counterCode: string;
  ticketNumber: string;
};

/** Who is served first: every level but NORMAL, among the ones the center offers */
export type TicketPriority =
  /** Người khuyết tật */
  | 'DISABLED'
  /** Người cao tuổi */
  | 'ELDERLY'
  /** Người có công với cách mạng */
  | 'MERIT'
  | 'NORMAL'
  /** Phụ nữ có thai */
  | 'PREGNANT';

export type TicketStatus =
  | 'CALLED'
  | 'CANCELLED'
  | 'DONE'
  | 'NO_SHOW'
  | 'PARKED'
  | 'SERVING'
  | 'TRANSFERRED'
  | 'WAITING';

export type TransferDossierInput = {
  code: string;
  /** Makes a retry happen once: the same key and input answer the first result again */
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
  /** ISO-8601 */
  stepDeadline?: string | null | undefined;
  toAgencyCode: string;
};

/** Move a ticket to another group's queue or to one counter; it keeps its place in time */
export type TransferTicketInput = {
  centerCode?: string | null | undefined;
  counterCode: string;
  ticketNumber: string;
  toCounterCode?: string | null | undefined;
  toGroupCode?: string | null | undefined;
};

export type CallNextTicketMutationVariables = Exact<{
  input: CounterInput;
}>;


export type CallNextTicketMutation = { callNextTicket: { ticket: { number: string, status: TicketStatus, priority: TicketPriority, recalls: number, calledAt: string | null, servingAt: string | null, group: { code: string, name: string }, counter: { code: string } | null } | null, userErrors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type CloseCounterMutationVariables = Exact<{
  input: CounterInput;
}>;


export type CloseCounterMutation = { closeCounter: { counter: { code: string, name: string, status: CounterStatus, officer: string | null, openedAt: string | null } | null, userErrors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type CountersQueryVariables = Exact<{
  centerCode: string;
}>;


export type CountersQuery = { counters: Array<{ code: string, name: string, status: CounterStatus, officer: string | null, openedAt: string | null }> };

export type FinishTicketMutationVariables = Exact<{
  input: FinishTicketInput;
}>;


export type FinishTicketMutation = { finishTicket: { ticket: { number: string, status: TicketStatus, priority: TicketPriority, recalls: number, calledAt: string | null, servingAt: string | null, group: { code: string, name: string }, counter: { code: string } | null } | null, userErrors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type MarkNoShowMutationVariables = Exact<{
  input: TicketActionInput;
}>;


export type MarkNoShowMutation = { markNoShow: { ticket: { number: string, status: TicketStatus, priority: TicketPriority, recalls: number, calledAt: string | null, servingAt: string | null, group: { code: string, name: string }, counter: { code: string } | null } | null, userErrors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type OpenCounterMutationVariables = Exact<{
  input: CounterInput;
}>;


export type OpenCounterMutation = { openCounter: { counter: { code: string, name: string, status: CounterStatus, officer: string | null, openedAt: string | null } | null, userErrors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type ParkTicketMutationVariables = Exact<{
  input: TicketActionInput;
}>;


export type ParkTicketMutation = { parkTicket: { ticket: { number: string, status: TicketStatus, priority: TicketPriority, recalls: number, calledAt: string | null, servingAt: string | null, group: { code: string, name: string }, counter: { code: string } | null } | null, userErrors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type RecallTicketMutationVariables = Exact<{
  input: TicketActionInput;
}>;


export type RecallTicketMutation = { recallTicket: { ticket: { number: string, status: TicketStatus, priority: TicketPriority, recalls: number, calledAt: string | null, servingAt: string | null, group: { code: string, name: string }, counter: { code: string } | null } | null, userErrors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type StartServingMutationVariables = Exact<{
  input: TicketActionInput;
}>;


export type StartServingMutation = { startServing: { ticket: { number: string, status: TicketStatus, priority: TicketPriority, recalls: number, calledAt: string | null, servingAt: string | null, group: { code: string, name: string }, counter: { code: string } | null } | null, userErrors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type TransferTicketMutationVariables = Exact<{
  input: TransferTicketInput;
}>;


export type TransferTicketMutation = { transferTicket: { ticket: { number: string, status: TicketStatus, priority: TicketPriority, recalls: number, calledAt: string | null, servingAt: string | null, group: { code: string, name: string }, counter: { code: string } | null } | null, userErrors: Array<{ field: string | null, code: ErrorCode, message: string }> } };

export type CheckInBookingMutationVariables = Exact<{
  input: CheckInInput;
}>;


export type CheckInBookingMutation = { checkInBooking: { peopleAhead: number | null, estimatedWaitMinutes: number | null, ticket: { number: string, status: TicketStatus, group: { code: string, name: string } } | null, userErrors: Array<{ field: string | null, message: string, code: ErrorCode }> } };

export type DisplayBoardQueryVariables = Exact<{
  centerCode: string;
}>;


export type DisplayBoardQuery = { displayBoard: { centerCode: string, recentCalls: Array<{ ticketNumber: string, counterCode: string, calledAt: string, status: TicketStatus }>, waiting: Array<{ groupCode: string, groupName: string, waiting: number }> } };

export type BookVisitMutationVariables = Exact<{
  input: BookVisitInput;
}>;


export type BookVisitMutation = { bookVisit: { booking: { code: string, centerCode: string, groupCode: string, procedureCode: string | null, startsAt: string, endsAt: string, state: BookingState } | null, userErrors: Array<{ field: string | null, message: string, code: ErrorCode }> } };

export type CancelBookingMutationVariables = Exact<{
  input: BookingCodeInput;
}>;


export type CancelBookingMutation = { cancelBooking: { booking: { code: string, state: BookingState } | null, userErrors: Array<{ field: string | null, message: string, code: ErrorCode }> } };

export type DisplayBoardUpdatesSubscriptionVariables = Exact<{
  centerCode: string;
}>;


export type DisplayBoardUpdatesSubscription = { displayBoardUpdated: { centerCode: string, recentCalls: Array<{ ticketNumber: string, counterCode: string, calledAt: string, status: TicketStatus }>, waiting: Array<{ groupCode: string, groupName: string, waiting: number }> } | null };

export type DossierFilesQueryVariables = Exact<{
  code: string;
}>;


export type DossierFilesQuery = { dossier: { code: string, files: Array<{ id: string, fileName: string, mediaType: string, sizeBytes: number, purpose: FilePurpose, attachedAt: string, replacedByFileId: string | null, decisionNumber: string | null, decisionDate: string | null, downloadPath: string }> } | null };

export type DossierStatusQueryVariables = Exact<{
  code: string;
  secret: string;
}>;


export type DossierStatusQuery = { dossierStatus: { code: string, status: DossierStatus, statusCode: number, procedureName: string, currentAgencyName: string, receivedAt: string | null, appointmentDate: string | null, overdue: boolean, finishedAt: string | null, history: Array<{ at: string, action: DossierAction, status: DossierStatus, agencyName: string | null }> } };

export type MyBookingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBookingsQuery = { myBookings: Array<{ code: string, centerCode: string, groupCode: string, startsAt: string, endsAt: string, state: BookingState, ticketNumber: string | null }> };

export type MyDossiersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyDossiersQuery = { myDossiers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, status: DossierStatus, appointmentDate: string | null, overdue: boolean, rating: number | null, procedure: { code: string, name: string }, currentAgency: { name: string } } }> } };

export type MyTicketsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTicketsQuery = { myTickets: Array<{ number: string, day: string, status: TicketStatus, groupCode: string, counterCode: string | null, peopleAhead: number, estimatedWaitMinutes: number | null }> };

export type RateDossierMutationVariables = Exact<{
  input: RateDossierInput;
}>;


export type RateDossierMutation = { rateDossier: { dossier: { code: string, rating: number | null } | null, userErrors: Array<{ field: string | null, message: string, code: ErrorCode }> } };

export type TakeTicketMutationVariables = Exact<{
  input: TakeTicketInput;
}>;


export type TakeTicketMutation = { takeTicket: { peopleAhead: number | null, estimatedWaitMinutes: number | null, ticket: { id: string, number: string, status: TicketStatus, priority: TicketPriority, day: string, group: { code: string, name: string } } | null, userErrors: Array<{ field: string | null, message: string, code: ErrorCode }> } };

export type VisitSlotsQueryVariables = Exact<{
  centerCode: string;
  procedureCode?: string | null | undefined;
  day: string;
}>;


export type VisitSlotsQuery = { visitSlots: Array<{ startsAt: string, endsAt: string, capacity: number, available: number }> };

export type AttachResultMutationVariables = Exact<{
  input: AttachDossierFileInput;
}>;


export type AttachResultMutation = { attachDossierFile: { file: { id: string, fileName: string, mediaType: string, sizeBytes: number, sha256: string, purpose: FilePurpose, decisionNumber: string | null, decisionDate: string | null, downloadPath: string } | null, userErrors: Array<{ field: string | null, message: string, code: ErrorCode }> } };

export type RecordResultMutationVariables = Exact<{
  input: DossierActionInput;
}>;


export type RecordResultMutation = { recordResult: { dossier: { code: string, status: DossierStatus, finishedAt: string | null, overdue: boolean } | null, userErrors: Array<{ field: string | null, message: string, code: ErrorCode }> } };

export type RequestSupplementMutationVariables = Exact<{
  input: RequestSupplementInput;
}>;


export type RequestSupplementMutation = { requestSupplement: { dossier: { code: string, status: DossierStatus, supplementCount: number } | null, userErrors: Array<{ field: string | null, message: string, code: ErrorCode }> } };

export type TransferDossierMutationVariables = Exact<{
  input: TransferDossierInput;
}>;


export type TransferDossierMutation = { transferDossier: { dossier: { code: string, status: DossierStatus, currentAgency: { code: string, name: string } } | null, userErrors: Array<{ field: string | null, message: string, code: ErrorCode }> } };

export type WorkListQueryVariables = Exact<{
  filter?: DossierFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type WorkListQuery = { dossiers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, status: DossierStatus, channel: Channel, receivedAt: string | null, appointmentDate: string | null, overdue: boolean, supplementCount: number, documents: Array<string>, procedure: { code: string, name: string, version: number }, applicant: { fullName: string, idNumber: string, phone: string | null } } }> } };

export type AgenciesAndFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgenciesAndFieldsQuery = { agencies: Array<{ code: string, name: string, kind: AgencyKind }>, fields: Array<{ code: string, name: string, agency: { code: string } }>, centers: Array<{ code: string, name: string, province: string }> };

export type CheckDigitalResultQueryVariables = Exact<{
  sha256: string;
}>;


export type CheckDigitalResultQuery = { digitalResult: Array<{ dossierCode: string, issuingAgencyCode: string, issuingAgencyName: string, decisionNumber: string, decisionDate: string, replaced: boolean }> };

export type FeedbackStatusQueryVariables = Exact<{
  code: string;
}>;


export type FeedbackStatusQuery = { feedback: { code: string, about: FeedbackAbout, status: FeedbackStatus, text: string, dueDate: string, answer: string | null, answeredAt: string | null } };

export type ProcedureDetailQueryVariables = Exact<{
  code: string;
}>;


export type ProcedureDetailQuery = { procedure: { id: string, code: string, version: number, name: string, level: ProcedureLevel, applicantTypes: Array<ApplicantType>, steps: string | null, conditions: string | null, legalBasis: string | null, resultType: string | null, onlineLevel: OnlineLevel, hasAppointment: boolean, effectiveFrom: string | null, effectiveTo: string | null, agency: { code: string, name: string, kind: AgencyKind }, field: { code: string, name: string }, channels: Array<{ channel: Channel, processingDays: number, feeVnd: number, feeNote: string | null }>, documents: Array<{ position: number, name: string, originals: number, copies: number, templateUrl: string | null }>, cases: Array<{ position: number, name: string, processingDays: number | null }> } | null };

export type PublicStatisticsQueryVariables = Exact<{
  centerCode: string;
  month: string;
  groupBy?: StatisticsGrouping | null | undefined;
}>;


export type PublicStatisticsQuery = { dossierStatistics: Array<{ month: string, agencyCode: string | null, agencyName: string | null, fieldCode: string | null, fieldName: string | null, received: number, receivedOnline: number, finished: number, onTime: number, late: number, onTimeRate: number | null, onlineRate: number | null, averageRating: number | null, ratings: number }> };

export type PublishedFeedbackQueryVariables = Exact<{
  centerCode: string;
  first?: number | null | undefined;
}>;


export type PublishedFeedbackQuery = { publishedFeedback: Array<{ about: FeedbackAbout, agencyName: string | null, question: string, answer: string, answeredAt: string, publishedAt: string }> };

export type SearchProceduresQueryVariables = Exact<{
  search?: string | null | undefined;
  agencyCode?: string | null | undefined;
  fieldCode?: string | null | undefined;
  onlineLevel?: OnlineLevel | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchProceduresQuery = { procedures: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, name: string, onlineLevel: OnlineLevel, agency: { code: string, name: string }, field: { code: string, name: string }, channels: Array<{ channel: Channel, processingDays: number, feeVnd: number }> } }> } };

export type SubmitFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type SubmitFeedbackMutation = { submitFeedback: { feedback: { code: string, about: FeedbackAbout, status: FeedbackStatus, centerCode: string, dueDate: string } | null, userErrors: Array<{ field: string | null, message: string, code: ErrorCode }> } };
